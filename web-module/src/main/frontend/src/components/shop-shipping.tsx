import { shippingText, type ShippingQuoteView } from '@/utils/shipping';
import { Skeleton } from './ui/skeleton';

interface ShopShippingProps {
  shopName: string;
  /** Undefined while the quote is loading; null when there is none to give (a visitor's cart). */
  quote: ShippingQuoteView | null | undefined;
  /** What to say when there is no quote. */
  unquoted?: string;
}

/**
 * One shop's shipping under its items: the cost (or free, or that it does not ship there), how much
 * more buys free shipping, and when the parcel arrives. Keeps its height while the quote loads.
 */
export function ShopShipping({ shopName, quote, unquoted }: ShopShippingProps) {
  if (quote === undefined) {
    return (
      <div className="shop-shipping" role="status">
        <span className="visually-hidden">Calculating shipping from {shopName}</span>
        <Skeleton width="60%" />
        <Skeleton width="40%" />
      </div>
    );
  }
  if (quote === null) {
    return (
      <div className="shop-shipping">
        <p className="shop-shipping__cost">{unquoted ?? 'Shipping is calculated at checkout'}</p>
      </div>
    );
  }
  const text = shippingText(quote, shopName);
  return (
    <div className="shop-shipping">
      <p
        className={`shop-shipping__cost ${text.blocked ? 'shop-shipping__cost--blocked' : ''}`}
        role={text.blocked ? 'alert' : undefined}
      >
        {text.cost}
      </p>
      {text.freeShippingHint ? (
        <p className="shop-shipping__hint">{text.freeShippingHint}</p>
      ) : null}
      {text.arrives ? <p className="shop-shipping__arrives">{text.arrives}</p> : null}
    </div>
  );
}
