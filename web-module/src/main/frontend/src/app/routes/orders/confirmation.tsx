import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { OrderConfirmation } from '@/features/orders/components/order-confirmation';
import { useDocumentTitle } from '@/hooks/use-document-title';

const confirmationSearch = z.object({
  // "12,13": one order per shop (design document: order ids in the query string).
  ids: z.catch(
    z.optional(
      z.pipe(
        z.pipe(
          z.union([z.string(), z.number()]),
          z.transform((value) => String(value)),
        ),
        z.string().check(z.regex(/^\d+(,\d+)*$/)),
      ),
    ),
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
  const orderIds = ids ? ids.split(',').map(Number).slice(0, 50) : [];
  return <OrderConfirmation orderIds={orderIds} />;
}
