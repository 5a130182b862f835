import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OrderList } from '@/features/orders/components/order-list';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { requireSignIn } from '../../require-sign-in';

const ordersSearch = z.object({
  page: z.catch(
    z.optional(z.pipe(z.coerce.number(), z.int().check(z.gte(2), z.lte(1000)))),
    undefined,
  ),
});

export const Route = createFileRoute('/orders/')({
  validateSearch: (search: Record<string, unknown>) => ordersSearch.parse(search),
  beforeLoad: requireSignIn,
  component: OrdersRoute,
});

function OrdersRoute() {
  useDocumentTitle('Your orders');
  const { page } = Route.useSearch();
  return (
    <div className="orders-page">
      <h1>Your orders</h1>
      <OrderList page={page ?? 1} />
    </div>
  );
}
