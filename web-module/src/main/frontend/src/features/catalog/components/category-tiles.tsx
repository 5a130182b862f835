import { Link } from '@tanstack/react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useCategories } from '../api/get-categories';

/**
 * The top-level categories as tiles linking to a filtered search; the first sub-categories under
 * each name link to their own search.
 */
export function CategoryTiles() {
  const { data, error, isPending, refetch } = useCategories();

  if (isPending) {
    return (
      <ul className="category-tiles" aria-busy="true">
        {Array.from({ length: 8 }, (_, index) => (
          <li key={index} className="category-tile card-link" aria-hidden="true">
            <Skeleton width="70%" />
          </li>
        ))}
      </ul>
    );
  }
  if (error) {
    return (
      <ErrorState
        error={error}
        title="We couldn't load the categories"
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <ul className="category-tiles">
      {data.map((category) => (
        <li key={category.id} className="category-tile card-link">
          <Link
            to="/search"
            search={{ category: category.slug }}
            className="category-tile__name stretched-link"
          >
            {category.name}
          </Link>
          {category.children.length ? (
            // Each sub-category is a link of its own to its filtered search.
            <ul className="category-tile__children" aria-label={`${category.name}: sub-categories`}>
              {category.children.slice(0, 3).map((child) => (
                <li key={child.id}>
                  <Link to="/search" search={{ category: child.slug }}>
                    {child.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
