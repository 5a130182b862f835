import { countryName } from './countries';
import { formatDayRange, formatPrice, toCents, type Money } from './format';

/** Calendar dates ("2026-12-10"), both inclusive. */
export interface DeliveryEstimate {
  from: string;
  to: string;
}

/** One shop's shipping for a cart group, as the API quotes it (the cart's and the checkout's shape). */
export interface ShippingQuote {
  /** Null when no country was given: domestic rates. */
  destinationCountry: string | null;
  shipsFrom: string;
  /** False: the shop does not ship to destinationCountry (then amount is 0). */
  ships: boolean;
  amount: Money;
  /** Null when the shop has none or it does not apply (international). */
  freeShippingThreshold: Money | null;
  /** Null when no threshold applies; 0 once reached. */
  freeShippingRemaining: Money | null;
  estimatedDelivery: DeliveryEstimate | null;
}

/**
 * The part of a shop's shipping quote that the cart and the checkout show the same way.
 */
export interface ShippingQuoteView {
  destinationCountry: string | null;
  ships: boolean;
  amount: Money;
  freeShippingThreshold?: Money | null;
  freeShippingRemaining?: Money | null;
  estimatedDelivery?: { from: string; to: string } | null;
}

export interface ShippingText {
  /** "Shipping to United Kingdom: $22.00", "Free shipping", "Doesn't ship to United Kingdom". */
  cost: string;
  /** The shop cannot ship there: checkout cannot go ahead with its items. */
  blocked: boolean;
  /** "Add $2.00 more from Oak & Ash for free shipping", when a threshold is in reach. */
  freeShippingHint?: string;
  /** "Arrives Dec 10 – Dec 24". */
  arrives?: string;
}

/** What to say about one shop's shipping. */
export function shippingText(quote: ShippingQuoteView, shopName: string): ShippingText {
  const where = quote.destinationCountry ? countryName(quote.destinationCountry) : null;
  if (!quote.ships) {
    return {
      cost: where ? `Doesn't ship to ${where}` : "Doesn't ship to this country",
      blocked: true,
    };
  }
  const remaining = quote.freeShippingRemaining;
  const text: ShippingText = {
    cost:
      toCents(quote.amount) === 0
        ? 'Free shipping'
        : `${where ? `Shipping to ${where}` : 'Shipping'}: ${formatPrice(quote.amount)}`,
    blocked: false,
  };
  if (remaining !== null && remaining !== undefined && toCents(remaining) > 0) {
    text.freeShippingHint = `Add ${formatPrice(remaining)} more from ${shopName} for free shipping`;
  }
  if (quote.estimatedDelivery) {
    text.arrives = `Arrives ${formatDayRange(quote.estimatedDelivery.from, quote.estimatedDelivery.to)}`;
  }
  return text;
}
