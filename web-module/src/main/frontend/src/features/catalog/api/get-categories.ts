import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { CategoryNode } from './types';

export function getCategories(signal?: AbortSignal): Promise<CategoryNode[]> {
  return apiFetch<CategoryNode[]>('/api/categories', { signal });
}

export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['catalog', 'categories'],
    queryFn: ({ signal }) => getCategories(signal),
    // The taxonomy changes with a release, not by the minute.
    staleTime: 60 * 60 * 1000,
  });

export function useCategories() {
  return useQuery(categoriesQueryOptions());
}

/** slug -> name for every node of the tree (facets name categories by slug). */
export function categoryNames(tree: CategoryNode[] | undefined): Record<string, string> {
  const names: Record<string, string> = {};
  const visit = (nodes: CategoryNode[]) => {
    for (const node of nodes) {
      names[node.slug] = node.name;
      visit(node.children ?? []);
    }
  };
  visit(tree ?? []);
  return names;
}
