import { createFileRoute, notFound } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useMe } from '@/features/auth/api/get-me';
import { AddToCartButton } from '@/features/cart/components/add-to-cart-button';
import { productQueryOptions, useProduct } from '@/features/catalog/api/get-product';
import { ProductDetails } from '@/features/catalog/components/product-details';
import { SimilarItems } from '@/features/catalog/components/similar-items';
import { FavoriteButton } from '@/features/favorites/components/favorite-button';
import { listingRatingQueryOptions } from '@/features/reviews/api/get-listing-rating';
import { ListingReviews } from '@/features/reviews/components/listing-reviews';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api-problem';
import { NotFound } from '../../layout/not-found';

function productIdOf(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

const productSearch = z.object({
  // The home feed section the shopper came from ("?via=trending"), credited on add to cart/favorite.
  via: z.catch(z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))), undefined),
});

export const Route = createFileRoute('/products/$productId')({
  validateSearch: (search: Record<string, unknown>) => productSearch.parse(search),
  loader: async ({ context: { queryClient }, params }) => {
    // The rating summary loads alongside: the reviews sit below the fold and never hold the page up.
    void queryClient.prefetchQuery(listingRatingQueryOptions(productIdOf(params.productId)));
    try {
      await queryClient.ensureQueryData(productQueryOptions(productIdOf(params.productId)));
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) throw notFound();
      throw error;
    }
  },
  component: ProductRoute,
  pendingComponent: ProductSkeleton,
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => (
    <ErrorState error={error} title="We couldn't load this item" onRetry={reset} />
  ),
});

function ProductRoute() {
  const { productId } = Route.useParams();
  const { via } = Route.useSearch();
  const { data: product } = useProduct(productIdOf(productId));
  const { data: user } = useMe();
  useDocumentTitle(product.title);
  return (
    <>
      <ProductDetails
        product={product}
        actions={
          <>
            <AddToCartButton productId={product.id} stock={product.quantity} feedSection={via} />
            <FavoriteButton
              kind="products"
              id={product.id}
              label={product.title}
              signedIn={Boolean(user)}
              feedSection={via}
            />
          </>
        }
      />
      <ListingReviews productId={product.id} />
      <SimilarItems productId={product.id} />
    </>
  );
}

function ProductSkeleton() {
  return (
    <div className="product" role="status" aria-live="polite">
      <span className="visually-hidden">Loading item</span>
      <Skeleton ratio={4 / 3} />
      <div className="product__info">
        <Skeleton width="80%" height="2em" />
        <Skeleton width="30%" height="1.5em" />
        <Skeleton width="100%" height="3em" />
      </div>
    </div>
  );
}
