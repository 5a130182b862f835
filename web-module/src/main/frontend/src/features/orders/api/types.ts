import type { Money } from '@/utils/format';

/*
 * Shape of `GET /api/orders/{id}` as issue 4 gives it. Written by hand because the order resources are
 * not in the API's OpenAPI document yet; when they are, this becomes an alias of the generated type.
 */

/** Lower or upper case: the checkout's OrderStatus enum may be sent as its Java name. */
export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';

export interface Order {
  id: number;
  status: OrderStatus | string;
  shop: { id: number | string; name: string; slug?: string };
  items: {
    productId: number;
    title: string;
    price: Money;
    quantity: number;
    image?: string | null;
  }[];
  total: Money;
  placedAt?: string;
  trackingNumber?: string | null;
  carrier?: string | null;
}
