import { createFileRoute, notFound } from '@tanstack/react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { orderQueryOptions } from '@/features/orders/api/get-order';
import { OrderDetail } from '@/features/orders/components/order-detail';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiProblem } from '@/lib/api-problem';
import { NotFound } from '../../layout/not-found';
import { requireSignIn } from '../../require-sign-in';

function orderIdOf(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

export const Route = createFileRoute('/orders/$orderId')({
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient }, params }) => {
    try {
      await queryClient.ensureQueryData(orderQueryOptions(orderIdOf(params.orderId)));
    } catch (error) {
      // Another shopper's order is a 404 as well: the API never says whose it is.
      if (isApiProblem(error) && error.status === 404) throw notFound();
      throw error;
    }
  },
  component: OrderRoute,
  pendingComponent: () => (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">Loading order</span>
      <Skeleton width="60%" height="2em" />
      <Skeleton width="100%" height="10em" />
    </div>
  ),
  notFoundComponent: NotFound,
  errorComponent: ({ error, reset }) => (
    <ErrorState error={error} title="We couldn't load this order" onRetry={reset} />
  ),
});

function OrderRoute() {
  const { orderId } = Route.useParams();
  useDocumentTitle(`Order #${orderId}`);
  return <OrderDetail orderId={orderIdOf(orderId)} />;
}
