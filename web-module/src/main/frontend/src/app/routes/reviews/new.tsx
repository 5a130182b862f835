import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { orderQueryOptions, useOrder } from '@/features/orders/api/get-order';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api-problem';
import { NotFound } from '../../layout/not-found';
import { requireSignIn } from '../../require-sign-in';

const id = z.pipe(z.coerce.number(), z.int().check(z.gte(1)));

const reviewSearch = z.object({ orderId: id, itemId: id });

/** "Leave a review" for one item of one of the shopper's orders, reached from the order's page. */
export const Route = createFileRoute('/reviews/new')({
  validateSearch: (search: Record<string, unknown>) => {
    const parsed = reviewSearch.safeParse(search);
    if (!parsed.success) throw notFound();
    return parsed.data;
  },
  beforeLoad: requireSignIn,
  loaderDeps: ({ search }) => ({ orderId: search.orderId }),
  loader: async ({ context: { queryClient }, deps }) => {
    try {
      await queryClient.ensureQueryData(orderQueryOptions(deps.orderId));
    } catch (error) {
      if (isApiProblem(error) && error.status === 404) throw notFound();
      throw error;
    }
  },
  component: ReviewRoute,
  pendingComponent: () => <Skeleton width="100%" height="16em" />,
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => (
    <ErrorState error={error} title="We couldn't load this order" onRetry={reset} />
  ),
});

function ReviewRoute() {
  const { orderId, itemId } = Route.useSearch();
  const { data: order } = useOrder(orderId);
  const item = order.items.find((line) => line.itemId === itemId);
  useDocumentTitle(item ? `Review ${item.title}` : 'Review');
  if (!item) return <NotFound />;
  return (
    <article className="review-page">
      <p>
        <Link to="/orders/$orderId" params={{ orderId: String(order.id) }}>
          ← Order #{order.id}
        </Link>
      </p>
      <h1>Review {item.title}</h1>
      {order.status === 'DELIVERED' ? (
        <ReviewForm
          orderItemId={item.itemId}
          productId={item.productId}
          productTitle={item.title}
        />
      ) : (
        <p>You can review this item once your order has arrived.</p>
      )}
    </article>
  );
}
