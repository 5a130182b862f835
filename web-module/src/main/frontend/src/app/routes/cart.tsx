import { createFileRoute } from '@tanstack/react-router';
import { useMe } from '@/features/auth/api/get-me';
import { CartView } from '@/features/cart/components/cart-view';
import { useLastShippingAddress } from '@/features/orders/api/get-orders';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const Route = createFileRoute('/cart')({
  component: CartRoute,
});

function CartRoute() {
  useDocumentTitle('Your cart');
  const me = useMe();
  // Shipping is quoted for where the shopper's last order went until they choose another country.
  const lastAddress = useLastShippingAddress(Boolean(me.data));
  const finding = me.isPending || (Boolean(me.data) && lastAddress.isPending);
  return <CartView defaultCountry={finding ? undefined : (lastAddress.data?.country ?? null)} />;
}
