import type { Money } from '@/utils/format';

/*
 * Shapes of `POST /api/checkout` as issue 4 and the design document give them. Written by hand because
 * the checkout resource is not in the API's OpenAPI document yet; when it is, these become aliases of
 * the generated types in src/api/schema.d.ts.
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
 * The sandbox payment gateway (SandboxPaymentGateway) approves any card but its test numbers for a
 * decline (4000 0000 0000 0002) and a timeout (4000 0000 0000 0119).
 */
export interface PaymentMethod {
  type: 'card';
  cardNumber: string;
  expiry: string;
  cvc: string;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  paymentMethod: PaymentMethod;
}

export interface PlacedOrder {
  id: number;
  shopId?: number | string;
  shopName?: string;
  status?: string;
  total?: Money;
}

export interface CheckoutResponse {
  success: boolean;
  orders: PlacedOrder[];
  totalPaid: Money;
}

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
}
