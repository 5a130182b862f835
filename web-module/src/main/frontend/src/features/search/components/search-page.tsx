import { Link, useNavigate } from '@tanstack/react-router';
import { ProductGrid } from '@/components/product-card';
import { Pagination } from '@/components/ui/pagination';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatCount } from '@/utils/format';
import { useSearchProducts } from '../api/search-products';
import {
  SORT_LABELS,
  SORTS,
  updateFilters,
  type SearchParams,
  type SearchSort,
} from '../search-params';
import { displayCategory, SearchFilters } from './search-filters';

interface SearchPageProps {
  params: SearchParams;
  categoryNames: Record<string, string>;
}

export function resultsHeading(
  total: number,
  params: SearchParams,
  categoryNames: Record<string, string>,
): string {
  const count = `${formatCount(total)} ${total === 1 ? 'result' : 'results'}`;
  const where = params.category ? ` in ${displayCategory(params.category, categoryNames)}` : '';
  return params.q ? `${count} for "${params.q}"${where}` : `${count}${where}`;
}

/** The search page: filters sidebar, results with total, sort and paging; all state in the URL. */
export function SearchPage({ params, categoryNames }: SearchPageProps) {
  const navigate = useNavigate({ from: '/search' });
  const { data, error, isPending, isFetching, isPlaceholderData, refetch } =
    useSearchProducts(params);

  const change = (patch: Partial<SearchParams>) =>
    void navigate({ search: (current) => updateFilters(current, patch) });

  return (
    <div className="search-layout">
      <SearchFilters
        params={params}
        facets={data?.facets}
        categoryNames={categoryNames}
        onChange={change}
      />
      <section className="search-results" aria-labelledby="results-heading" aria-busy={isFetching}>
        <div className="search-results__bar">
          <h1 id="results-heading" className="search-results__heading" aria-live="polite">
            {data
              ? resultsHeading(data.total, params, categoryNames)
              : error
                ? 'Search'
                : 'Searching…'}
          </h1>
          <label className="sort">
            <span>Sort by</span>
            <select
              value={params.sort ?? 'relevance'}
              onChange={(event) => change({ sort: event.target.value as SearchSort })}
            >
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>

        {data?.correctedQuery && params.q ? (
          <p className="search-results__corrected" role="status">
            Showing results for <strong>{data.correctedQuery}</strong>
          </p>
        ) : null}

        {isPending ? (
          <CardGridSkeleton label="Loading results" />
        ) : error && !data ? (
          <ErrorState
            error={error}
            title="We couldn't load these results"
            onRetry={() => void refetch()}
          />
        ) : data && data.products.length === 0 ? (
          <EmptyState
            title={params.q ? `No results for "${params.q}"` : 'No items match these filters'}
          >
            <p>Check the spelling, try fewer or different words, or remove some filters.</p>
            <Link
              to="/search"
              search={params.q ? { q: params.q } : {}}
              className="button button--secondary"
            >
              Clear filters
            </Link>
          </EmptyState>
        ) : data ? (
          <>
            <div className={isPlaceholderData ? 'is-stale' : undefined}>
              <ProductGrid products={data.products} eagerCount={4} />
            </div>
            <Pagination
              page={data.page}
              totalPages={data.totalPages}
              renderLink={(page, label, props) => (
                <Link
                  from="/search"
                  search={(current) => updateFilters(current, { page })}
                  {...props}
                >
                  {label}
                </Link>
              )}
            />
          </>
        ) : null}
      </section>
    </div>
  );
}
