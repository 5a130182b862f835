import { Link } from '@tanstack/react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { userMessage } from '@/lib/api-problem';
import { formatPrice, sumPrices, type Money } from '@/utils/format';
import { useOrders } from '../api/get-order';
import { useLiveOrders } from '../api/live-order';
import type { Order } from '../api/types';
import { statusLabel } from '../order-status';
import { placedOrdersSentence, unitPriceText } from '../order-wording';
import { OrderAddress } from './order-address';

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
        {placedOrdersSentence(orderIds.length)}.{' '}
        {orderIds.length === 1
          ? 'The shop will let you know when your items are on their way.'
          : 'Each shop ships its items separately and will let you know when they are on their way.'}
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
                      {item.title}
                      {unitPriceText(item.quantity, item.unitPrice)
                        ? ` (${unitPriceText(item.quantity, item.unitPrice)})`
                        : ''}
                      : {formatPrice(item.lineTotal)}
                    </li>
                  ))}
                </ul>
                <OrderTotals
                  subtotal={result.data.subtotal}
                  shipping={result.data.shipping}
                  total={result.data.total}
                />
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
      <CheckoutSummary orders={orders.map((result) => result.data)} />
    </div>
  );
}

/** Items, shipping and total of one shop's order. */
export function OrderTotals({
  subtotal,
  shipping,
  total,
}: {
  subtotal: Money;
  shipping: Money | undefined;
  total: Money | undefined;
}) {
  return (
    <dl className="totals">
      <div className="totals__row">
        <dt>Items</dt>
        <dd>{formatPrice(subtotal)}</dd>
      </div>
      <div className="totals__row">
        <dt>Shipping</dt>
        <dd>{shipping === undefined ? '—' : formatPrice(shipping)}</dd>
      </div>
      <div className="totals__row totals__row--total">
        <dt>Order total</dt>
        <dd>{formatPrice(total ?? subtotal)}</dd>
      </div>
    </dl>
  );
}

/** The whole checkout: its orders' totals summed, and where they go (the same address for all). */
function CheckoutSummary({ orders }: { orders: (Order | undefined)[] }) {
  const loaded = orders.filter((order): order is Order => order !== undefined);
  if (loaded.length === 0 || loaded.length !== orders.length) {
    return <div className="confirmation__summary" aria-hidden="true" />;
  }
  const address = loaded.find((order) => order.shippingAddress)?.shippingAddress;
  return (
    <section className="confirmation__summary" aria-label="Checkout summary">
      {loaded.length > 1 ? (
        <p className="confirmation__total">
          Checkout total ({loaded.length} orders):{' '}
          <strong>
            {formatPrice(sumPrices(loaded.map((order) => order.total ?? order.subtotal)))}
          </strong>
        </p>
      ) : null}
      {address ? (
        <>
          <h2>Shipping to</h2>
          <OrderAddress address={address} />
        </>
      ) : null}
    </section>
  );
}
