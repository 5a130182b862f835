import type { ReactNode } from 'react';

export interface PageLinkProps {
  className: string;
  'aria-label'?: string;
  'aria-current'?: 'page';
}

interface PaginationProps {
  page: number;
  totalPages: number;
  /** Renders a link to `page` (a router Link keeps the rest of the URL's state). */
  renderLink: (page: number, label: ReactNode, props: PageLinkProps) => ReactNode;
}

/** The page numbers around the current one, with the first and last always reachable. */
export function pageWindow(page: number, totalPages: number, radius = 2): (number | 'gap')[] {
  const pages: (number | 'gap')[] = [];
  const start = Math.max(2, page - radius);
  const end = Math.min(totalPages - 1, page + radius);
  pages.push(1);
  if (start > 2) pages.push('gap');
  for (let current = start; current <= end; current++) pages.push(current);
  if (end < totalPages - 1) pages.push('gap');
  if (totalPages > 1) pages.push(totalPages);
  return pages;
}

export function Pagination({ page, totalPages, renderLink }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1
        ? renderLink(page - 1, 'Previous', {
            className: 'pagination__step',
            'aria-label': 'Previous page',
          })
        : null}
      {pageWindow(page, totalPages).map((entry, index) =>
        entry === 'gap' ? (
          <span key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
            …
          </span>
        ) : (
          <span key={entry}>
            {renderLink(entry, entry, {
              className: entry === page ? 'pagination__page is-current' : 'pagination__page',
              'aria-label': `Page ${entry}`,
              ...(entry === page ? { 'aria-current': 'page' as const } : {}),
            })}
          </span>
        ),
      )}
      {page < totalPages
        ? renderLink(page + 1, 'Next', { className: 'pagination__step', 'aria-label': 'Next page' })
        : null}
    </nav>
  );
}
