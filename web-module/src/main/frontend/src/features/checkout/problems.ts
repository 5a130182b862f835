import * as z from 'zod/mini';
import { isApiProblem, ProblemTypes, type UnavailableItem } from '@/lib/api-problem';
import { countryName } from '@/utils/countries';
import { formatPriceChange, formatTime, type Money } from '@/utils/format';
import type { CheckoutCart } from './api/types';

/*
 * The refusals of `POST /api/checkout/hold` and `POST /api/checkout` that checkout explains, read
 * from their problem documents (issue 13's contract), and how a buyer reads them.
 */

const money = z.union([z.number(), z.string()]);

const changeSchema = z.union([
  z.object({
    kind: z.literal('price'),
    productId: z.number(),
    title: z.string(),
    was: money,
    now: money,
  }),
  z.object({
    kind: z.literal('shipping'),
    shopId: z.union([z.number(), z.string()]),
    shopName: z.string(),
    was: money,
    now: money,
  }),
]);

export type TotalsChange = z.infer<typeof changeSchema>;

export interface TotalsChanged {
  expectedTotal: Money | undefined;
  total: Money;
  changes: TotalsChange[];
  cart: CheckoutCart | undefined;
}

const shopSchema = z.object({
  shopId: z.union([z.number(), z.string()]),
  shopName: z.string(),
  shipsFrom: z.optional(z.nullable(z.string())),
});

export type UnshippableShop = z.infer<typeof shopSchema>;

/** A 409 `totals-changed`: what changed, the new total and the fresh cart; undefined for others. */
export function totalsChanged(error: unknown): TotalsChanged | undefined {
  if (!isApiProblem(error) || !error.is(ProblemTypes.totalsChanged)) return undefined;
  const total = money.safeParse(error.extras.total);
  if (!total.success) return undefined;
  const changes = z.array(z.unknown()).safeParse(error.extras.changes);
  const expected = money.safeParse(error.extras.expectedTotal);
  const cart = error.extras.cart as CheckoutCart | undefined;
  return {
    total: total.data,
    expectedTotal: expected.success ? expected.data : undefined,
    // A change of a kind this storefront does not know yet is left out rather than failing the lot.
    changes: changes.success
      ? changes.data.flatMap((entry) => {
          const parsed = changeSchema.safeParse(entry);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
    cart: cart && Array.isArray(cart.shops) ? cart : undefined,
  };
}

/** "Oak ring: $24.00 → $30.00", "Shipping from Oak & Ash: $5.00 → $7.50". */
export function describeChange(change: TotalsChange): string {
  const label = change.kind === 'price' ? change.title : `Shipping from ${change.shopName}`;
  return `${label}: ${formatPriceChange(change.was, change.now)}`;
}

/** The shops of a 409 `shipping-unavailable`; undefined for other errors. */
export function unshippableShops(error: unknown): UnshippableShop[] | undefined {
  if (!isApiProblem(error) || !error.is(ProblemTypes.shippingUnavailable)) return undefined;
  const shops = z.array(shopSchema).safeParse(error.extras.shops);
  return shops.success ? shops.data : [];
}

/** "Oak & Ash doesn't ship to United Kingdom.", "Oak & Ash and Clay & Co don't ship to ...". */
export function describeUnshippable(shops: UnshippableShop[], country: string | null): string {
  const where = country ? countryName(country) : 'this country';
  if (shops.length === 0) return `Some shops in your cart don't ship to ${where}.`;
  const names = shops.map((shop) => shop.shopName);
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${list} ${names.length === 1 ? "doesn't" : "don't"} ship to ${where}.`;
}

/**
 * Why one item cannot be had: "held by another buyer until 3:40 PM", "it has sold out", "only 2
 * available".
 */
export function describeUnavailable(item: UnavailableItem): string {
  const prefix = `${item.title}: you asked for ${item.requested}, `;
  if (item.heldUntil && item.available < item.requested) {
    const held =
      item.available > 0 ? `only ${item.available} available now; the rest are` : 'it is';
    return `${prefix}${held} held by another buyer until ${formatTime(item.heldUntil)}`;
  }
  return `${prefix}${item.available === 0 ? 'it has sold out' : `only ${item.available} available`}`;
}

/** Seconds to wait after a 429 `too-many-holds`: the Retry-After header, else `retryAfterSeconds`. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!isApiProblem(error)) return undefined;
  if (error.retryAfter !== undefined) return error.retryAfter;
  const seconds = Number(error.extras.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** "in 2 minutes", "in 45 seconds", "in a moment". */
export function describeWait(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return 'in a moment';
  if (seconds < 60) return `in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export const DECLINED_MESSAGE =
  'Your card was declined. Nothing was charged and no order was placed.';
