import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProductCardData } from '@/components/product-card';
import { apiFetch } from '@/lib/api-client';

export const SIMILAR_LIMIT = 8;

/** `GET /api/products/{id}/similar`: listings like this one (same category, tags, materials). */
export async function getSimilarProducts(
  productId: number,
  signal?: AbortSignal,
): Promise<ProductCardData[]> {
  const body = await apiFetch<{ products: ProductCardData[] }>(
    `/api/products/${productId}/similar`,
    { query: { limit: SIMILAR_LIMIT }, signal },
  );
  return body.products;
}

export const similarProductsQueryOptions = (productId: number) =>
  queryOptions({
    queryKey: ['catalog', 'similar', productId],
    queryFn: ({ signal }) => getSimilarProducts(productId, signal),
    staleTime: 5 * 60 * 1000,
  });

export function useSimilarProducts(productId: number) {
  return useQuery(similarProductsQueryOptions(productId));
}
