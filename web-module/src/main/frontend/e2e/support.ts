import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { awaitMailText, linkTo } from './mailbox';

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

/** The header the API wants on every cookie-authenticated write (CSRF). */
export const WRITE = { 'X-Requested-With': 'XMLHttpRequest' };

/**
 * Registers an account in this request context, which then holds its session cookie (a page's
 * `page.request` shares its cookies with the page). Returns the e-mail address.
 */
export async function registerAccount(request: APIRequestContext, who: string): Promise<string> {
  const email = `${who}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const response = await request.post('/api/auth/register', {
    headers: WRITE,
    data: { email, displayName: `E2E ${who}`, password: 'correct horse battery' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return email;
}

function leaf(nodes: CategoryNode[]): CategoryNode {
  const [node] = nodes;
  if (!node) throw new Error('the catalogue has no categories');
  return node.children.length > 0 ? leaf(node.children) : node;
}

/** A PNG photo drawn by the browser: the API judges uploads by their content. */
export async function photo(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#c8734a';
    context.fillRect(0, 0, 400, 400);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

/**
 * Registers an account in this request context, confirms its address through the mailed link (a
 * shop needs a confirmed address) and opens its shop; returns the shop's name.
 */
export async function registerSeller(seller: APIRequestContext, name: string): Promise<string> {
  const email = await registerAccount(seller, 'seller');
  const link = linkTo(await awaitMailText(email, 'Confirm your email address'), '/verify-email');
  const token = new URL(link, 'http://link').searchParams.get('token');
  const confirmed = await seller.post('/api/auth/verify-email', {
    headers: WRITE,
    data: { token },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(204);
  const shop = await seller.post('/api/seller/shop', { headers: WRITE, data: { name } });
  expect(shop.ok(), await shop.text()).toBe(true);
  return name;
}

/** A published listing of the seller's shop, made through the API, with one photo. */
export async function publishListing(
  page: Page,
  seller: APIRequestContext,
  listing: { title: string; price: number; quantity: number },
): Promise<number> {
  const categories = (await (await seller.get('/api/categories')).json()) as CategoryNode[];
  const created = await seller.post('/api/seller/products', {
    headers: WRITE,
    data: { ...listing, categoryId: leaf(categories).id },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  const upload = await seller.post(`/api/seller/products/${id}/images`, {
    headers: { ...WRITE, 'Content-Type': 'image/png' },
    data: await photo(page),
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const published = await seller.post(`/api/seller/products/${id}/publish`, { headers: WRITE });
  expect(published.ok(), await published.text()).toBe(true);
  return id;
}
