import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { toApiQuery, type SearchParams } from '../search-params';
import type { SearchResponse } from './types';

export const PAGE_SIZE = 24;

export async function searchProducts(
  params: SearchParams,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  const response = await apiFetch<Partial<SearchResponse>>('/api/search', {
    query: { ...toApiQuery(params), pageSize: PAGE_SIZE },
    signal,
  });
  // Paging fields are derived when an older API leaves them out.
  const total = response.total ?? 0;
  const pageSize = response.pageSize ?? PAGE_SIZE;
  return {
    products: response.products ?? [],
    total,
    page: response.page ?? params.page ?? 1,
    pageSize,
    totalPages: response.totalPages ?? Math.ceil(total / pageSize),
    facets: {
      categories: response.facets?.categories ?? [],
      priceRanges: response.facets?.priceRanges ?? [],
    },
    correctedQuery: response.correctedQuery ?? null,
  };
}

export const searchQueryOptions = (params: SearchParams) =>
  queryOptions({
    queryKey: ['search', 'products', params],
    queryFn: ({ signal }) => searchProducts(params, signal),
    // The API caches results for 2 minutes; a minute here avoids refetching on back/forward.
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
  });

export function useSearchProducts(params: SearchParams) {
  return useQuery(searchQueryOptions(params));
}
