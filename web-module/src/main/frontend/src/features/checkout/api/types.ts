import type { ShippingQuote } from '@/utils/shipping';
import type { Money } from '@/utils/format';

/*
 * Shapes of `POST /api/checkout` (CheckoutRequest in web-module, CheckoutReceipt in ejb-module's
 * checkout package) and `/api/checkout/hold`, as issue 13's money path contract gives them. Written
 * by hand because the OpenAPI document does not describe the bodies yet; when it does, these become
 * aliases of the generated types in src/api/schema.d.ts.
 */

/** The fields of the checkout's ShippingAddress (ejb-module, org.handmademarket.checkout). */
export interface ShippingAddress {
  name: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/**
 * The payment method the provider's client library made of the card (Stripe's `pm_...` id, or one
 * of the sandbox's test ids): the card itself never reaches the marketplace.
 */
export interface Payment {
  paymentMethodId: string;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  payment: Payment;
  /** The total the buyer saw (the cart's `total` for the address's country). */
  expectedTotal: Money;
}

export interface PlacedOrder {
  /** The order's id (OrderSummary.id); the money path contract calls it `orderId`. */
  id: number;
  orderId?: number;
  shopId: number;
  shopName: string;
  status: string;
  subtotal: Money;
  shipping: Money;
  total: Money;
}

/**
 * 201 when paid; 202 with `success: false` and `payment: 'PENDING'` when the provider did not confirm
 * in time or waits for the buyer to authenticate (the orders exist and stay pending).
 */
export interface CheckoutResponse {
  success: boolean;
  checkoutId?: string;
  payment?: 'APPROVED' | 'PENDING' | string;
  /** A pending payment the buyer must authenticate (3-D Secure) before the provider settles it. */
  authentication?: PaymentAuthentication | null;
  orders: PlacedOrder[];
  itemTotal?: Money;
  shippingTotal?: Money;
  total?: Money;
  totalPaid: Money;
}

export interface PaymentAuthentication {
  provider: 'sandbox' | 'stripe' | string;
  clientSecret: string;
}

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
  shipping?: CheckoutShipping;
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
export interface Hold {
  expiresAt: string;
  holdMinutes: number;
  cart: CheckoutCart;
}
