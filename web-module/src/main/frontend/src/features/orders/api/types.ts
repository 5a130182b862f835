import type { Schema } from '@/api/types';

/* `GET /api/orders` and `GET /api/orders/{id}`, as the API's OpenAPI document describes them. */

/** PENDING, PAID, SHIPPED, DELIVERED, CANCELLED or REFUNDED (the checkout's OrderStatus). */
export type OrderStatus = string;

export type OrderLine = Schema<'OrderLineView'>;

export type ShippingAddress = Schema<'Address'>;

/** One move of an order; `from` is absent for its placing. */
export type OrderMove = Schema<'Move'>;

export type Order = Schema<'OrderView'>;

/** `GET /api/orders`: a page of the shopper's orders, newest first. */
export type OrdersPage = Schema<'OrderViewPage'>;
