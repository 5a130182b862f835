import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { ShopProductsPage } from './types';

export interface ShopProductsParams {
  page?: number;
  sort?: string;
}

export function getShopProducts(
  slug: string,
  params: ShopProductsParams,
  signal?: AbortSignal,
): Promise<ShopProductsPage> {
  return apiFetch<ShopProductsPage>(`/api/shops/${encodeURIComponent(slug)}/products`, {
    query: { page: params.page, sort: params.sort },
    signal,
  });
}

export const shopProductsQueryOptions = (slug: string, params: ShopProductsParams = {}) =>
  queryOptions({
    queryKey: ['catalog', 'shop', slug, 'products', params],
    queryFn: ({ signal }) => getShopProducts(slug, params, signal),
    placeholderData: keepPreviousData,
    // Asked again whenever the shop page opens, like the shop itself.
    staleTime: 0,
  });

export function useShopProducts(slug: string, params: ShopProductsParams = {}) {
  return useQuery(shopProductsQueryOptions(slug, params));
}
