import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { ShopShipping } from '@/components/shop-shipping';
import { Image } from '@/components/ui/image';
import { Skeleton } from '@/components/ui/skeleton';
import { EmptyState } from '@/components/ui/states';
import { countryName, countryOptions } from '@/utils/countries';
import { formatPrice, pluralize } from '@/utils/format';
import { useCartQuote } from '../api/get-cart';
import { useLiveAvailability } from '../api/live-availability';
import type { CartItem, CartShopGroup, ShippingQuote } from '../api/types';
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

function ShopGroup({
  shop,
  quote,
}: {
  shop: CartShopGroup;
  /** Undefined while loading, null for a visitor's cart (no quote). */
  quote: ShippingQuote | null | undefined;
}) {
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
              {item.quantity > 1 ? (
                <p className="cart-item__unit">
                  {item.quantity} × {formatPrice(item.price)}
                </p>
              ) : null}
              <QuantityControl item={item} />
            </div>
            <p className="cart-item__price">{formatPrice(Number(item.price) * item.quantity)}</p>
          </li>
        ))}
      </ul>
      <footer className="cart-shop__footer">
        <ShopShipping
          shopName={shop.shopName}
          quote={quote}
          unquoted="Shipping is calculated at checkout"
        />
        <p className="cart-shop__subtotal">
          Subtotal: <strong>{formatPrice(shop.subtotal)}</strong>
        </p>
      </footer>
    </section>
  );
}

/** "42x2,43x1": what the cart holds, for the shipping quote's query key. */
export function cartLines(shops: CartShopGroup[]): string {
  return shops
    .flatMap((shop) => shop.items.map((item) => `${item.productId}x${item.quantity}`))
    .join(',');
}

interface CartViewProps {
  /**
   * The country of the shopper's last order, used until they choose one here; null when there is
   * none, undefined while it is being found (shipping is quoted once it is known).
   */
  defaultCountry?: string | null;
}

/**
 * The cart page: one block per shop with its items, subtotal and shipping (cost to the chosen
 * country, free-shipping threshold, delivery estimate), then the totals and the country to ship to.
 */
export function CartView({ defaultCountry }: CartViewProps) {
  const { shops, itemTotal, itemCount, error, isLoading, owner } = useCartStore();
  const chosenCountry = useCartStore((state) => state.shippingCountry);
  const setShippingCountry = useCartStore((state) => state.setShippingCountry);
  const country = chosenCountry !== null ? chosenCountry || null : (defaultCountry ?? null);
  const countryKnown = chosenCountry !== null || defaultCountry !== undefined;
  const [lines, setLines] = useState(() => cartLines(shops));
  const currentLines = cartLines(shops);
  // The quote follows what the server confirmed: a quantity shown before the server has it is not
  // quoted yet (the last quote stays on screen meanwhile).
  if (!isLoading && currentLines !== lines) setLines(currentLines);
  const quote = useCartQuote(country, lines, owner === 'server' && itemCount > 0 && countryKnown);
  const countryId = useId();

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

  const quoted = owner === 'server' ? quote.data : undefined;
  const quoteFor = (shop: CartShopGroup): ShippingQuote | null | undefined => {
    if (owner !== 'server') return null;
    if (!quoted) return quote.isError ? null : undefined;
    return quoted.shops.find((entry) => String(entry.shopId) === String(shop.shopId))?.shipping;
  };
  const blocked = quoted
    ? quoted.shops.filter((shop) => shop.shipping && !shop.shipping.ships)
    : [];
  const updating = isLoading || quote.isFetching;

  return (
    <div className="cart" aria-busy={updating}>
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
            <ShopGroup key={shop.shopId} shop={shop} quote={quoteFor(shop)} />
          ))}
        </div>
        <aside className="cart__summary" aria-label="Order summary">
          {owner === 'server' ? (
            <div className="field cart__country">
              <label htmlFor={countryId}>Ship to</label>
              <select
                id={countryId}
                value={country ?? ''}
                onChange={(event) => setShippingCountry(event.target.value)}
                aria-describedby={country ? undefined : `${countryId}-note`}
              >
                <option value="">Choose a country</option>
                {countryOptions(country).map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.name}
                  </option>
                ))}
              </select>
              {country ? null : (
                <p id={`${countryId}-note`} className="field__hint">
                  Shipping estimated for domestic delivery
                </p>
              )}
            </div>
          ) : null}
          <dl className="totals">
            <div className="totals__row">
              <dt>Items</dt>
              <dd>{formatPrice(itemTotal)}</dd>
            </div>
            <div className="totals__row">
              <dt>Shipping</dt>
              <dd>
                {owner !== 'server' || quote.isError ? (
                  'Calculated at checkout'
                ) : quoted?.shippingTotal !== undefined ? (
                  formatPrice(quoted.shippingTotal)
                ) : (
                  <Skeleton width="4em" />
                )}
              </dd>
            </div>
            <div className="totals__row totals__row--total">
              <dt>Total</dt>
              <dd>
                {owner !== 'server' || quote.isError ? (
                  formatPrice(itemTotal)
                ) : quoted?.total !== undefined ? (
                  formatPrice(quoted.total)
                ) : (
                  <Skeleton width="5em" />
                )}
              </dd>
            </div>
          </dl>
          {quote.isError ? (
            <p className="cart__note" role="status">
              We couldn't calculate shipping just now; you'll see it at checkout.
            </p>
          ) : null}
          {blocked.length ? (
            <>
              <p id="cart-blocked" className="cart__blocked" role="alert">
                {blocked.map((shop) => shop.shopName).join(', ')}{' '}
                {blocked.length === 1 ? "doesn't" : "don't"} ship to{' '}
                {country ? countryName(country) : 'this country'}. Remove{' '}
                {blocked.length === 1 ? 'its' : 'their'} items or choose another country to check
                out.
              </p>
              <button
                type="button"
                className="button button--primary button--block"
                disabled
                aria-describedby="cart-blocked"
              >
                Proceed to checkout
              </button>
            </>
          ) : (
            <Link to="/checkout" className="button button--primary button--block">
              Proceed to checkout
            </Link>
          )}
          {owner === 'local' ? (
            <p className="cart__note">
              You'll be asked to sign in; your cart comes with you. Shipping is calculated per shop
              at checkout.
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
