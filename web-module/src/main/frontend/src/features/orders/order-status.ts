/** How the shopper reads an order's status (the checkout's OrderStatus names). */
const STATUS_LABELS: Record<string, string> = {
  pending: 'Order placed',
  paid: 'Paid',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status.toLowerCase()] ?? status;
}

/** The road an order normally travels, for the timeline's steps still ahead. */
export const USUAL_ROUTE = ['PENDING', 'PAID', 'SHIPPED', 'DELIVERED'] as const;
