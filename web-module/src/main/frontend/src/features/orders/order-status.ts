/** How the shopper reads an order's status (the checkout's OrderStatus names). */
const STATUS_LABELS: Record<string, string> = {
  pending: 'Payment being confirmed',
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

/**
 * How a step of the order's timeline reads: the move into PENDING is the order being placed (its
 * payment is then being confirmed, which is what the status says while it lasts).
 */
export function stepLabel(status: string): string {
  return status.toLowerCase() === 'pending' ? 'Order placed' : statusLabel(status);
}
