import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { OrdersPage } from './types';

export const ORDERS_PAGE_SIZE = 10;

export function getOrders(page: number, signal?: AbortSignal): Promise<OrdersPage> {
  return apiFetch<OrdersPage>('/api/orders', {
    query: { page, pageSize: ORDERS_PAGE_SIZE },
    signal,
  });
}

export const ordersQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['orders', 'list', page],
    queryFn: ({ signal }) => getOrders(page, signal),
    staleTime: 30 * 1000,
    placeholderData: keepPreviousData,
  });

export function useOrderList(page: number) {
  return useQuery(ordersQueryOptions(page));
}

/**
 * The shipping address of the shopper's most recent order (first page, newest first), to prefill
 * the next checkout and choose the cart's shipping country; null when there is none. Off for
 * visitors (`enabled` false), who have no orders to read.
 */
export function useLastShippingAddress(enabled: boolean) {
  return useQuery({
    ...ordersQueryOptions(1),
    select: (page: OrdersPage) =>
      page.items.find((order) => order.shippingAddress)?.shippingAddress ?? null,
    enabled,
  });
}
