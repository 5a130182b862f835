import type { Schema } from '@/api/types';
import type { ShippingQuote } from '@/utils/shipping';
import type { Money } from '@/utils/format';

/*
 * `POST /api/checkout` and `/api/checkout/hold`: the answers as the API's OpenAPI document describes
 * them (CheckoutReceipt, HoldView); the part of the cart the checkout page shows (CheckoutShop,
 * CheckoutCart), which both the API's cart and a visitor's cart fit.
 */

/** Where to ship (the request's CheckoutAddress). */
export type ShippingAddress = Schema<'CheckoutAddress'>;

/**
 * The payment method the provider's client library made of the card (Stripe's `pm_...` id, or one
 * of the sandbox's test ids): the card itself never reaches the marketplace.
 */
export type Payment = Schema<'CheckoutPayment'>;

/** `POST /api/checkout`; `expectedTotal` is the total the buyer saw (the cart's for the country). */
export type CheckoutRequest = Schema<'CheckoutRequest'>;

/** One of the orders a checkout placed (OrderSummary). */
export type PlacedOrder = Schema<'OrderSummary'> & {
  /** The money path contract's name for `id`, which the API sends. */
  orderId?: number;
};

/**
 * 201 when paid; 202 with `success: false` and `payment: 'PENDING'` when the provider did not confirm
 * in time or waits for the buyer to authenticate (the orders exist and stay pending).
 */
export type CheckoutResponse = Omit<Schema<'CheckoutReceipt'>, 'orders'> & {
  orders: PlacedOrder[];
};

/** A pending payment the buyer must authenticate (3-D Secure) before the provider settles it. */
export type PaymentAuthentication = Schema<'PaymentAuthentication'>;

/** One shop's shipping in a checkout's cart (the cart's shape). */
export type CheckoutShipping = ShippingQuote;

/** What the checkout page shows of the cart (the cart's grouped shape fits it). */
export interface CheckoutShop {
  shopId: number | string;
  shopName: string;
  items: {
    cartItemId: number | string;
    productId: number;
    title: string;
    price: Money;
    quantity: number;
    image?: string | null;
  }[];
  subtotal: Money;
  shipping?: CheckoutShipping | null;
}

/** The cart priced for the address's country: in a hold, in a totals-changed refusal, or quoted. */
export interface CheckoutCart {
  shops: CheckoutShop[];
  itemTotal: Money;
  shippingTotal: Money;
  total: Money;
  itemCount: number;
  country?: string | null;
}

/** `POST /api/checkout/hold` and `GET /api/checkout/hold`: the cart held for the buyer until `expiresAt`. */
export type Hold = Omit<Schema<'HoldView'>, 'cart'> & { cart: CheckoutCart };
