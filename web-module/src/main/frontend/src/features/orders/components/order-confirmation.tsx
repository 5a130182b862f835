import { Link } from '@tanstack/react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { userMessage } from '@/lib/api-problem';
import { formatPrice, pluralize } from '@/utils/format';
import { useOrders } from '../api/get-order';
import { useLiveOrders } from '../api/live-order';
import { statusLabel } from '../order-status';

/** "Thank you": one block per shop's order, each fetched from `GET /api/orders/{id}`. */
export function OrderConfirmation({ orderIds }: { orderIds: number[] }) {
  const orders = useOrders(orderIds);
  useLiveOrders(orderIds);

  if (orderIds.length === 0) {
    return (
      <div className="state state--empty">
        <h1 className="state__title">No order to show</h1>
        <p>
          Your orders are listed under <Link to="/orders">Your orders</Link>.
        </p>
      </div>
    );
  }

  return (
    <div className="confirmation">
      <h1>Thank you for your order!</h1>
      <p>
        You placed {pluralize(orderIds.length, 'order')}, one for each shop. Each shop ships its
        items separately and will let you know when they are on their way.
      </p>
      {orders.map((result, index) => {
        const id = orderIds[index]!;
        return (
          <section key={id} className="confirmation__order" aria-label={`Order ${id}`}>
            {result.isPending ? (
              <>
                <Skeleton width="40%" height="1.5em" />
                <Skeleton width="70%" />
              </>
            ) : result.data ? (
              <>
                <h2>
                  <Link to="/orders/$orderId" params={{ orderId: String(result.data.id) }}>
                    Order #{result.data.id}
                  </Link>{' '}
                  from {result.data.shopName}
                </h2>
                <p>
                  Status: <strong>{statusLabel(result.data.status)}</strong>
                  {result.data.trackingNumber ? ` · Tracking ${result.data.trackingNumber}` : ''}
                </p>
                <ul>
                  {result.data.items.map((item) => (
                    <li key={item.productId}>
                      {item.title} × {item.quantity}: {formatPrice(item.lineTotal)}
                    </li>
                  ))}
                </ul>
                <p>
                  Total: <strong>{formatPrice(result.data.subtotal)}</strong>
                </p>
              </>
            ) : (
              <>
                <h2>Order #{id}</h2>
                <p>{userMessage(result.error)}</p>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
