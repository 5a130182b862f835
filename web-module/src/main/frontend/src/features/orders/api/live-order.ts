import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopics } from '@/hooks/use-live-topics';
import { orderQueryOptions } from './get-order';
import type { Order } from './types';

/**
 * Keeps the buyer's open orders live: a pushed status (`{ type: 'order', order, status }`) shows at
 * once, and the order is read again for what came with the move (tracking, timeline), as it is after
 * a reconnect.
 */
export function useLiveOrders(orderIds: number[]) {
  const queryClient = useQueryClient();
  const refetch = (orderId: number) =>
    void queryClient.invalidateQueries({ queryKey: orderQueryOptions(orderId).queryKey });

  useLiveTopics(
    orderIds.map((id) => ({ kind: 'order', id })),
    (message) => {
      const { order: orderId, status } = message;
      if (typeof orderId !== 'number' || typeof status !== 'string') return;
      queryClient.setQueryData<Order>(orderQueryOptions(orderId).queryKey, (old) =>
        old ? { ...old, status } : old,
      );
      refetch(orderId);
    },
    () => orderIds.forEach(refetch),
  );
}

/** {@link useLiveOrders} for one order (an order's own page). */
export function useLiveOrder(orderId: number) {
  useLiveOrders([orderId]);
}
