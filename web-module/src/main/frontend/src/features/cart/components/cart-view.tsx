import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Image } from '@/components/ui/image';
import { EmptyState } from '@/components/ui/states';
import { formatPrice, pluralize } from '@/utils/format';
import { useLiveAvailability } from '../api/live-availability';
import type { CartItem, CartShopGroup } from '../api/types';
import { useCartStore } from '../store/cart-store';

function QuantityControl({ item }: { item: CartItem }) {
  const updateQuantity = useCartStore((state) => state.updateQuantity);
  const removeItem = useCartStore((state) => state.removeItem);
  const [message, setMessage] = useState<string | null>(null);
  const available = useLiveAvailability(item.productId) ?? item.availableQuantity;
  const max = Math.max(item.availableQuantity, item.quantity, 1);
  const options = Array.from({ length: Math.min(max, 20) }, (_, index) => index + 1);
  const run = (action: Promise<void>) =>
    action.then(
      () => setMessage(null),
      (error: unknown) => setMessage(error instanceof Error ? error.message : 'Please try again.'),
    );

  return (
    <div className="cart-item__actions">
      <label>
        <span className="visually-hidden">Quantity of {item.title}</span>
        <select
          value={item.quantity}
          onChange={(event) => void run(updateQuantity(item.productId, Number(event.target.value)))}
        >
          {options.map((quantity) => (
            <option key={quantity} value={quantity}>
              {quantity}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--link"
        onClick={() => void run(removeItem(item.productId))}
      >
        Remove<span className="visually-hidden"> {item.title}</span>
      </button>
      {message ? (
        <p className="cart-item__error" role="alert">
          {message}
        </p>
      ) : null}
      {available < item.quantity ? (
        <p className="cart-item__error" role="status">
          {available === 0 ? 'Sold out — remove it to check out' : `Only ${available} left`}
        </p>
      ) : null}
    </div>
  );
}

function ShopGroup({ shop }: { shop: CartShopGroup }) {
  return (
    <section className="cart-shop" aria-labelledby={`cart-shop-${shop.shopId}`}>
      <header className="cart-shop__header">
        <h2 id={`cart-shop-${shop.shopId}`}>
          {shop.shopSlug ? (
            <Link to="/shops/$slug" params={{ slug: shop.shopSlug }}>
              {shop.shopName}
            </Link>
          ) : (
            shop.shopName
          )}
        </h2>
        {shop.shippingPolicy ? <p className="cart-shop__policy">{shop.shippingPolicy}</p> : null}
      </header>
      <ul className="cart-shop__items">
        {shop.items.map((item) => (
          <li key={item.cartItemId} className="cart-item">
            <Image src={item.image} alt="" ratio={1} className="cart-item__image" />
            <div className="cart-item__body">
              <Link
                to="/products/$productId"
                params={{ productId: String(item.productId) }}
                className="cart-item__title"
              >
                {item.title}
              </Link>
              <QuantityControl item={item} />
            </div>
            <p className="cart-item__price">{formatPrice(Number(item.price) * item.quantity)}</p>
          </li>
        ))}
      </ul>
      <p className="cart-shop__subtotal">
        Subtotal: <strong>{formatPrice(shop.subtotal)}</strong>
      </p>
    </section>
  );
}

/** The cart page: one block per shop with its subtotal and shipping policy, then the totals. */
export function CartView() {
  const { shops, itemTotal, itemCount, error, isLoading, owner } = useCartStore();

  if (itemCount === 0) {
    return (
      <EmptyState title={isLoading ? 'Loading your cart…' : 'Your cart is empty'}>
        {isLoading ? null : (
          <p>
            Discover one-of-a-kind finds from independent shops.{' '}
            <Link to="/search">Start browsing</Link>
          </p>
        )}
      </EmptyState>
    );
  }

  return (
    <div className="cart" aria-busy={isLoading}>
      <h1>
        {pluralize(itemCount, 'item')} in your cart from {pluralize(shops.length, 'shop')}
      </h1>
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="cart__layout">
        <div className="cart__shops">
          {shops.map((shop) => (
            <ShopGroup key={shop.shopId} shop={shop} />
          ))}
        </div>
        <aside className="cart__summary" aria-label="Order summary">
          <p className="cart__total">
            Item total <strong>{formatPrice(itemTotal)}</strong>
          </p>
          <p className="cart__note">Shipping is calculated per shop at checkout.</p>
          <Link to="/checkout" className="button button--primary button--block">
            Proceed to checkout
          </Link>
          {owner === 'local' ? (
            <p className="cart__note">You'll be asked to sign in; your cart comes with you.</p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
