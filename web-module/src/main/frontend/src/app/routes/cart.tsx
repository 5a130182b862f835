import { createFileRoute } from '@tanstack/react-router';
import { CartView } from '@/features/cart/components/cart-view';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const Route = createFileRoute('/cart')({
  component: CartRoute,
});

function CartRoute() {
  useDocumentTitle('Your cart');
  return <CartView />;
}
