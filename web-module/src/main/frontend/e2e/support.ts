import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * Whether the backend serves an endpoint yet (anything but 404: 200, or 401 for a signed-in-only
 * one). Specs for flows whose API is still being built skip themselves with a reason until it
 * answers; nothing needs enabling by hand when it lands. Probe collection paths, not ids.
 */
export async function apiServes(request: APIRequestContext, path: string): Promise<boolean> {
  const response = await request.get(path, { headers: { Accept: 'application/json' } });
  return response.status() !== 404;
}

/**
 * Whether the search finds listings for a query (the test run's catalogue may be empty, or hold only
 * other tests' listings; against the local stack's demo catalogue it always does).
 */
export async function catalogueHasListings(
  request: APIRequestContext,
  query = '',
): Promise<boolean> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(query)}`, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok()) return false;
  const body = (await response.json()) as { total?: number };
  return (body.total ?? 0) > 0;
}

/** The storefront's shell rendered: header with the search box, main landmark. */
export async function expectShell(page: Page) {
  await expect(page.getByRole('combobox', { name: 'Search for anything' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
}

export interface CategoryNode {
  id: number;
  slug: string;
  name: string;
  children: CategoryNode[];
}
