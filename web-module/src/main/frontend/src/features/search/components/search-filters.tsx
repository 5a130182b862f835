import { useId, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { formatCount } from '@/utils/format';
import type { FacetBucket } from '../api/types';
import { isSelectedRange, priceRangeOf, type SearchParams } from '../search-params';

interface SearchFiltersProps {
  params: SearchParams;
  /** The results' facets; absent until the first results arrive. */
  facets: { categories: FacetBucket[]; priceRanges: FacetBucket[] } | undefined;
  /** slug -> display name; unknown slugs are shown prettified. */
  categoryNames: Record<string, string>;
  onChange: (change: Partial<SearchParams>) => void;
}

export function displayCategory(slug: string, names: Record<string, string>): string {
  return names[slug] ?? slug.replace(/-/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase());
}

/** The filters sidebar: categories and price buckets with their counts, vintage only. */
export function SearchFilters({ params, facets, categoryNames, onChange }: SearchFiltersProps) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const categories = facets?.categories ?? [];
  const priceRanges = facets?.priceRanges ?? [];
  const anyFilter =
    params.category !== undefined ||
    params.minPrice !== undefined ||
    params.maxPrice !== undefined ||
    params.isVintage !== undefined ||
    params.minRating !== undefined;
  // A selected category stays listed even when the current results have no bucket for it.
  const categoryBuckets =
    params.category && !categories.some((bucket) => bucket.key === params.category)
      ? [{ key: params.category, doc_count: 0 }, ...categories]
      : categories;
  const rangeSelected = priceRanges.some((bucket) => {
    const range = priceRangeOf(bucket.key);
    return range !== undefined && isSelectedRange(params, range);
  });

  return (
    <aside className="filters" aria-labelledby={`${id}-title`}>
      <button
        type="button"
        className="filters__toggle button button--secondary"
        aria-expanded={shown}
        aria-controls={`${id}-body`}
        onClick={() => setShown(!shown)}
      >
        Filters
      </button>
      <div id={`${id}-body`} className={shown ? 'filters__body is-shown' : 'filters__body'}>
        <h2 id={`${id}-title`} className="visually-hidden">
          Filters
        </h2>
        {facets ? (
          <>
            <fieldset className="filters__group">
              <legend>Category</legend>
              <label className="filters__option">
                <input
                  type="radio"
                  name={`${id}-category`}
                  checked={params.category === undefined}
                  onChange={() => onChange({ category: undefined })}
                />
                <span>All categories</span>
              </label>
              {categoryBuckets.map((bucket) => (
                <label className="filters__option" key={bucket.key}>
                  <input
                    type="radio"
                    name={`${id}-category`}
                    checked={params.category === bucket.key}
                    onChange={() => onChange({ category: bucket.key })}
                  />
                  <span>
                    {displayCategory(bucket.key, categoryNames)}{' '}
                    <span className="filters__count">({formatCount(bucket.doc_count)})</span>
                  </span>
                </label>
              ))}
            </fieldset>

            <fieldset className="filters__group">
              <legend>Price</legend>
              <label className="filters__option">
                <input
                  type="radio"
                  name={`${id}-price`}
                  checked={params.minPrice === undefined && params.maxPrice === undefined}
                  onChange={() => onChange({ minPrice: undefined, maxPrice: undefined })}
                />
                <span>Any price</span>
              </label>
              {priceRanges.map((bucket) => {
                const range = priceRangeOf(bucket.key);
                if (!range) return null;
                return (
                  <label className="filters__option" key={bucket.key}>
                    <input
                      type="radio"
                      name={`${id}-price`}
                      checked={isSelectedRange(params, range)}
                      onChange={() =>
                        onChange({ minPrice: range.minPrice, maxPrice: range.maxPrice })
                      }
                    />
                    <span>
                      {bucket.key}{' '}
                      <span className="filters__count">({formatCount(bucket.doc_count)})</span>
                    </span>
                  </label>
                );
              })}
              {!rangeSelected &&
              (params.minPrice !== undefined || params.maxPrice !== undefined) ? (
                <p className="filters__note">
                  Custom range: {params.minPrice ?? 0} to {params.maxPrice ?? 'any'}
                </p>
              ) : null}
            </fieldset>

            <fieldset className="filters__group">
              <legend>Options</legend>
              <label className="filters__option">
                <input
                  type="checkbox"
                  checked={params.isVintage === true}
                  onChange={(event) => onChange({ isVintage: event.target.checked || undefined })}
                />
                <span>Vintage items only</span>
              </label>
              <label className="filters__option">
                <input
                  type="checkbox"
                  checked={params.minRating === 4}
                  onChange={(event) =>
                    onChange({ minRating: event.target.checked ? 4 : undefined })
                  }
                />
                <span>4 stars and up</span>
              </label>
            </fieldset>
          </>
        ) : (
          // The options come with the first results: their place is held so that nothing jumps.
          <Skeleton width="100%" height="24rem" />
        )}

        {anyFilter ? (
          <button
            type="button"
            className="button button--link"
            onClick={() =>
              onChange({
                category: undefined,
                minPrice: undefined,
                maxPrice: undefined,
                isVintage: undefined,
                minRating: undefined,
              })
            }
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </aside>
  );
}
