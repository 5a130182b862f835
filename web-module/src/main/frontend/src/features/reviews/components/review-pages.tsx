import { Pagination } from '@/components/ui/pagination';

/** Pages of reviews under a product or shop, turned in place (the page's own URL stays put). */
export function ReviewPages({
  page,
  totalPages,
  onPage,
}: {
  page: number;
  totalPages: number;
  onPage: (page: number) => void;
}) {
  return (
    <Pagination
      page={page}
      totalPages={totalPages}
      renderLink={(target, label, props) => (
        <button key={target} type="button" {...props} onClick={() => onPage(target)}>
          {label}
        </button>
      )}
    />
  );
}
