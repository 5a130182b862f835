import { createFileRoute, notFound } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { CardGridSkeleton } from '@/components/ui/skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { ErrorState } from '@/components/ui/states';
import { shopProductsQueryOptions } from '@/features/catalog/api/get-shop-products';
import { shopQueryOptions, useShop } from '@/features/catalog/api/get-shop';
import { ShopPage } from '@/features/catalog/components/shop-page';
import { FavoriteButton } from '@/features/favorites/components/favorite-button';
import { ShopReviews } from '@/features/reviews/components/shop-reviews';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api-problem';
import { NotFound } from '../../layout/not-found';

const shopSearch = z.object({
  page: z.catch(
    z.optional(z.pipe(z.coerce.number(), z.int().check(z.gte(2), z.lte(500)))),
    undefined,
  ),
});

export const Route = createFileRoute('/shops/$slug')({
  validateSearch: (search: Record<string, unknown>) => shopSearch.parse(search),
  loaderDeps: ({ search }) => ({ page: search.page ?? 1 }),
  loader: async ({ context: { queryClient }, params, deps }) => {
    void queryClient.prefetchQuery(shopProductsQueryOptions(params.slug, { page: deps.page }));
    try {
      await queryClient.ensureQueryData(shopQueryOptions(params.slug));
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) throw notFound();
      throw error;
    }
  },
  component: ShopRoute,
  pendingComponent: () => <CardGridSkeleton label="Loading shop" />,
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => (
    <ErrorState error={error} title="We couldn't load this shop" onRetry={reset} />
  ),
});

function ShopRoute() {
  const { slug } = Route.useParams();
  const { page } = Route.useSearch();
  const { data: shop } = useShop(slug);
  const { data: user } = useMe();
  useDocumentTitle(shop.name);
  return (
    <>
      <ShopPage
        slug={slug}
        page={page ?? 1}
        actions={
          <FavoriteButton kind="shops" id={shop.id} label={shop.name} signedIn={Boolean(user)} />
        }
      />
      <ShopReviews slug={slug} />
    </>
  );
}
