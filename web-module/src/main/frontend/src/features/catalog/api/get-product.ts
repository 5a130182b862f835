import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Product } from './types';

export function getProduct(productId: number, signal?: AbortSignal): Promise<Product> {
  return apiFetch<Product>(`/api/products/${productId}`, { signal });
}

export const productQueryOptions = (productId: number) =>
  queryOptions({
    queryKey: ['catalog', 'product', productId],
    queryFn: ({ signal }) => getProduct(productId, signal),
    staleTime: 30 * 1000,
  });

export function useProduct(productId: number) {
  return useSuspenseQuery(productQueryOptions(productId));
}
