import type { PostalAddress } from '@/utils/address';
import type { Money } from '@/utils/format';

/*
 * Shapes of `GET /api/orders` and `GET /api/orders/{id}` (OrderView in ejb-module's checkout package). Written by hand because
 * the OpenAPI document does not describe the body yet; when it does, this becomes an alias of the
 * generated type.
 */

/** PENDING, PAID, SHIPPED, DELIVERED, CANCELLED or REFUNDED (the checkout's OrderStatus). */
export type OrderStatus = string;

export interface OrderLine {
  /** The order item's id, which a review of it names. */
  itemId: number;
  productId: number;
  title: string;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
}

export type ShippingAddress = PostalAddress;

/** One move of an order; `from` is null for its placing. */
export interface OrderMove {
  from: string | null;
  to: string;
  note?: string | null;
  at: string;
}

export interface Order {
  id: number;
  checkoutId?: string;
  shopId: number;
  shopName: string;
  status: OrderStatus;
  /** The items' sum. */
  subtotal: Money;
  /** What the shop charged to ship the order (issue 13). */
  shipping: Money;
  /** subtotal + shipping: what the buyer paid for this order. */
  total: Money;
  items: OrderLine[];
  shippingAddress?: ShippingAddress | null;
  carrier?: string | null;
  trackingNumber?: string | null;
  timeline?: OrderMove[];
  createdAt?: string;
}

/** `GET /api/orders`: a page of the shopper's orders, newest first. */
export interface OrdersPage {
  items: Order[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
}
