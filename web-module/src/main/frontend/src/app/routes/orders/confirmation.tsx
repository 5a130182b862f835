import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OrderConfirmation } from '@/features/orders/components/order-confirmation';
import { useDocumentTitle } from '@/hooks/use-document-title';

const confirmationSearch = z.object({
  // "12,13": one order per shop (design document: order ids in the query string). A single order's
  // id is a number, which the router writes as `?ids=12` (a string of digits it would quote).
  ids: z.catch(
    z.optional(z.union([z.int().check(z.positive()), z.string().check(z.regex(/^\d+(,\d+)*$/))])),
    undefined,
  ),
});

export const Route = createFileRoute('/orders/confirmation')({
  validateSearch: (search: Record<string, unknown>) => confirmationSearch.parse(search),
  component: ConfirmationRoute,
});

function ConfirmationRoute() {
  useDocumentTitle('Thank you');
  const { ids } = Route.useSearch();
  const orderIds = ids === undefined ? [] : String(ids).split(',').map(Number).slice(0, 50);
  return <OrderConfirmation orderIds={orderIds} />;
}
