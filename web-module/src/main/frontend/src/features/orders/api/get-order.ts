import { queryOptions, useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Order } from './types';

export function getOrder(orderId: number, signal?: AbortSignal): Promise<Order> {
  return apiFetch<Order>(`/api/orders/${orderId}`, { signal });
}

export const orderQueryOptions = (orderId: number) =>
  queryOptions({
    queryKey: ['orders', orderId],
    queryFn: ({ signal }) => getOrder(orderId, signal),
    staleTime: 30 * 1000,
  });

export function useOrders(orderIds: number[]) {
  return useQueries({ queries: orderIds.map((id) => orderQueryOptions(id)) });
}

export function useOrder(orderId: number) {
  return useSuspenseQuery(orderQueryOptions(orderId));
}
