import { Link } from '@tanstack/react-router';
import { useCartStore } from '../store/cart-store';

/** The header's cart link with the number of items. */
export function CartBadge() {
  const count = useCartStore((state) => state.itemCount);
  const label = count === 0 ? 'Cart, empty' : `Cart, ${count} ${count === 1 ? 'item' : 'items'}`;
  return (
    <Link to="/cart" className="cart-badge" aria-label={label}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path
          fill="currentColor"
          d="M7 18a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm10 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4ZM5.2 4l.6 3H21l-2.2 8H7.5L4.4 2H1v2h3.4l.1.1.1-.1Zm2.7 9h9.4l1.1-4H6.9l1 4Z"
        />
      </svg>
      {count > 0 ? (
        <span className="cart-badge__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
