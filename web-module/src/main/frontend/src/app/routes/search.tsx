import { createFileRoute } from '@tanstack/react-router';
import {
  categoriesQueryOptions,
  categoryNames,
  useCategories,
} from '@/features/catalog/api/get-categories';
import { searchQueryOptions } from '@/features/search/api/search-products';
import { SearchPage } from '@/features/search/components/search-page';
import { parseSearchParams } from '@/features/search/search-params';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Record<string, unknown>) => parseSearchParams(search),
  loaderDeps: ({ search }) => search,
  // Not awaited: the page shows its skeleton (or the previous results, dimmed) while results load.
  loader: ({ context: { queryClient }, deps }) => {
    void queryClient.prefetchQuery(searchQueryOptions(deps));
    void queryClient.prefetchQuery(categoriesQueryOptions());
  },
  component: SearchRoute,
});

function SearchRoute() {
  const params = Route.useSearch();
  const { data: categories } = useCategories();
  useDocumentTitle(params.q ? `Results for "${params.q}"` : 'Browse');
  return <SearchPage params={params} categoryNames={categoryNames(categories)} />;
}
