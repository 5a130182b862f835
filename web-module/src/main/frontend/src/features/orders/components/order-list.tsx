import { Link } from '@tanstack/react-router';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { formatDateTime, formatPrice, pluralize } from '@/utils/format';
import { useOrderList } from '../api/get-orders';
import { statusLabel } from '../order-status';

/** The shopper's orders, newest first, one row per shop's order, paged. */
export function OrderList({ page }: { page: number }) {
  const { data, error, isPending, refetch } = useOrderList(page);

  if (isPending) {
    return (
      <div role="status" aria-live="polite">
        <span className="visually-hidden">Loading your orders</span>
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} width="100%" height="4em" />
        ))}
      </div>
    );
  }
  if (error) {
    return (
      <ErrorState
        error={error}
        title="We couldn't load your orders"
        onRetry={() => void refetch()}
      />
    );
  }
  if (data.total === 0) {
    return (
      <EmptyState title="No orders yet">
        <p>
          When you buy something it shows up here, with its progress and tracking number.{' '}
          <Link to="/">Find something you love</Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p>{pluralize(data.total, 'order')}</p>
      <ul className="order-list">
        {data.items.map((order) => (
          <li key={order.id} className="order-list__item">
            <Link
              to="/orders/$orderId"
              params={{ orderId: String(order.id) }}
              className="order-list__link card-link"
            >
              <span className="order-list__title">
                Order #{order.id} from {order.shopName}
              </span>
              <span className={`status status--${order.status.toLowerCase()}`}>
                {statusLabel(order.status)}
              </span>
              <span className="order-list__meta">
                {order.createdAt ? formatDateTime(order.createdAt) : null} ·{' '}
                {pluralize(
                  order.items.reduce((sum, item) => sum + item.quantity, 0),
                  'item',
                )}{' '}
                · {formatPrice(order.total ?? order.subtotal)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Pagination
        page={data.page}
        totalPages={data.totalPages}
        renderLink={(target, label, props) => (
          <Link key={target} to="/orders" search={target > 1 ? { page: target } : {}} {...props}>
            {label}
          </Link>
        )}
      />
    </>
  );
}
