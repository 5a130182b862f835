import { Link } from '@tanstack/react-router';
import { formatDateTime, formatPrice } from '@/utils/format';
import { useOrder } from '../api/get-order';
import { useLiveOrder } from '../api/live-order';
import { statusLabel } from '../order-status';
import { OrderAddress } from './order-address';
import { OrderTimeline } from './order-timeline';

/** One shop's order: what was bought, where it goes, how it travels, and every step it took. */
export function OrderDetail({ orderId }: { orderId: number }) {
  const { data: order } = useOrder(orderId);
  useLiveOrder(orderId);
  const address = order.shippingAddress;
  return (
    <article className="order">
      <p>
        <Link to="/orders">← Your orders</Link>
      </p>
      <h1>
        Order #{order.id} from {order.shopName}
      </h1>
      <p className="order__status">
        <span className={`status status--${order.status.toLowerCase()}`}>
          {statusLabel(order.status)}
        </span>
        {order.createdAt ? (
          <>
            {' '}
            · placed <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
          </>
        ) : null}
      </p>
      {order.trackingNumber ? (
        <p className="order__tracking">
          Shipped with {order.carrier ?? 'the carrier'}, tracking number{' '}
          <strong>{order.trackingNumber}</strong>
        </p>
      ) : null}

      <div className="order__columns">
        <section aria-labelledby="order-progress">
          <h2 id="order-progress">Progress</h2>
          <OrderTimeline order={order} />
        </section>
        <section aria-labelledby="order-items">
          <h2 id="order-items">Items</h2>
          <table className="order__items">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Price</th>
                <th scope="col">Qty</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.itemId}>
                  <td>
                    <Link to="/products/$productId" params={{ productId: String(item.productId) }}>
                      {item.title}
                    </Link>
                    {order.status === 'DELIVERED' ? (
                      <Link
                        to="/reviews/new"
                        search={{ orderId: order.id, itemId: item.itemId }}
                        className="order__review-link"
                      >
                        Leave a review<span className="visually-hidden"> of {item.title}</span>
                      </Link>
                    ) : null}
                  </td>
                  <td>
                    {formatPrice(item.unitPrice)}
                    {item.quantity > 1 ? <span className="visually-hidden"> each</span> : null}
                  </td>
                  <td>{item.quantity}</td>
                  <td>{formatPrice(item.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Items
                </th>
                <td>{formatPrice(order.subtotal)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={3}>
                  Shipping
                </th>
                <td>{order.shipping === undefined ? '—' : formatPrice(order.shipping)}</td>
              </tr>
              <tr className="order__total">
                <th scope="row" colSpan={3}>
                  Order total
                </th>
                <td>{formatPrice(order.total ?? order.subtotal)}</td>
              </tr>
            </tfoot>
          </table>
          {address ? (
            <>
              <h2>Shipping to</h2>
              <OrderAddress address={address} />
            </>
          ) : null}
        </section>
      </div>
    </article>
  );
}
