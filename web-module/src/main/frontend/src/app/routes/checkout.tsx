import { useQueryClient } from '@tanstack/react-query';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { EmptyState } from '@/components/ui/states';
import { useCartStore } from '@/features/cart/store/cart-store';
import { CheckoutPage } from '@/features/checkout/components/checkout-page';
import { useLastShippingAddress } from '@/features/orders/api/get-orders';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { checkoutPrefill } from '../checkout-prefill';
import { requireSignIn } from '../require-sign-in';

export const Route = createFileRoute('/checkout')({
  // Checkout works on the account's cart: visitors sign in first, and their cart comes along.
  beforeLoad: requireSignIn,
  component: CheckoutRoute,
});

function CheckoutRoute() {
  useDocumentTitle('Checkout');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { shops, itemTotal, itemCount, clearCart, fetchCart, shippingCountry } = useCartStore();
  const lastAddress = useLastShippingAddress(true);

  if (itemCount === 0) {
    return (
      <EmptyState title="Your cart is empty">
        <p>
          <Link to="/search">Find something you love</Link> first.
        </p>
      </EmptyState>
    );
  }

  return (
    <CheckoutPage
      shops={shops}
      itemTotal={itemTotal}
      prefill={
        lastAddress.isPending
          ? undefined
          : checkoutPrefill(lastAddress.data, shippingCountry || null)
      }
      onItemsUnavailable={() => void fetchCart()}
      onPlaced={(response) => {
        const ids = response.orders.map((order) => order.orderId ?? order.id);
        clearCart();
        // The new orders head the list, and their address starts the next checkout.
        void queryClient.invalidateQueries({ queryKey: ['orders'] });
        void navigate({
          to: '/orders/confirmation',
          search: {
            ids: ids.length === 1 ? ids[0] : ids.join(','),
          },
          replace: true,
        });
      }}
    />
  );
}
