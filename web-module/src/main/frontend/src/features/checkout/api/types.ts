import type { Money } from '@/utils/format';

/*
 * Shapes of `POST /api/checkout` (CheckoutRequest in web-module, CheckoutReceipt in ejb-module's
 * checkout package). Written by hand because the OpenAPI document does not describe the bodies yet;
 * when it does, these become aliases of the generated types in src/api/schema.d.ts.
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
 * decline (4000 0000 0000 0002) and a timeout (4000 0000 0000 0119). Digits only.
 */
export interface Payment {
  cardNumber: string;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  payment: Payment;
}

export interface PlacedOrder {
  id: number;
  shopId: number;
  shopName: string;
  status: string;
  subtotal: Money;
}

/**
 * 201 when paid; 202 with `success: false` and `payment: 'PENDING'` when the provider did not confirm
 * in time (the orders exist and stay pending).
 */
export interface CheckoutResponse {
  success: boolean;
  checkoutId?: string;
  payment?: 'APPROVED' | 'PENDING' | string;
  orders: PlacedOrder[];
  total?: Money;
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
