import type { Money } from '@/utils/format';

/*
 * Shape of `GET /api/orders/{id}` (OrderView in ejb-module's checkout package). Written by hand because
 * the OpenAPI document does not describe the body yet; when it does, this becomes an alias of the
 * generated type.
 */

/** PENDING, PAID, SHIPPED, DELIVERED, CANCELLED or REFUNDED (the checkout's OrderStatus). */
export type OrderStatus = string;

export interface OrderLine {
  productId: number;
  title: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export interface Order {
  id: number;
  checkoutId?: string;
  shopId: number;
  shopName: string;
  status: OrderStatus;
  subtotal: Money;
  items: OrderLine[];
  carrier?: string | null;
  trackingNumber?: string | null;
  timeline?: { from: string | null; to: string; note?: string | null; at: string }[];
  createdAt?: string;
}
