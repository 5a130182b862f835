import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { CategoryNode } from './support';

const WRITE = { 'X-Requested-With': 'XMLHttpRequest' };

/** Registers an account in this request context, which then holds its session cookie. */
async function register(request: APIRequestContext, who: string) {
  const response = await request.post('/api/auth/register', {
    headers: WRITE,
    data: {
      email: `${who}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
      displayName: `Live ${who}`,
      password: 'correct horse battery',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

function leaf(nodes: CategoryNode[]): CategoryNode {
  const [node] = nodes;
  if (!node) throw new Error('the catalogue has no categories');
  return node.children.length > 0 ? leaf(node.children) : node;
}

/** A PNG photo drawn by the browser: the API judges uploads by their content. */
async function photo(page: Page): Promise<Buffer> {
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

/** A seller's published, one-of-a-kind listing, made through the API. */
async function oneOfAKind(page: Page, seller: APIRequestContext): Promise<number> {
  await register(seller, 'seller');
  const shop = await seller.post('/api/seller/shop', {
    headers: WRITE,
    data: { name: `Live Pottery ${Date.now()}` },
  });
  expect(shop.ok(), await shop.text()).toBe(true);
  const categories = (await (await seller.get('/api/categories')).json()) as CategoryNode[];
  const created = await seller.post('/api/seller/products', {
    headers: WRITE,
    data: {
      title: 'Moon jar, one of a kind',
      categoryId: leaf(categories).id,
      price: 120,
      quantity: 1,
    },
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

test.describe('live availability', () => {
  test('the product page turns to Sold out when another shopper buys the last one', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const seller = await playwright.request.newContext({ baseURL });
    const buyer = await playwright.request.newContext({ baseURL });
    try {
      await page.goto('/');
      const id = await oneOfAKind(page, seller);

      // The page learns of the sale over the live WebSocket, not by asking again: count its frames.
      const frames: string[] = [];
      page.on('websocket', (socket) =>
        socket.on('framereceived', (frame) => frames.push(String(frame.payload))),
      );
      await page.goto(`/products/${id}`);
      await expect(page.getByText('Only 1 available - this is a one-of-a-kind item')).toBeVisible();
      await expect.poll(() => frames.some((frame) => frame.includes(`"subscribed"`))).toBe(true);
      await expect(page.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
      let navigations = 0;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations++;
      });

      // Another shopper, in a session of their own, buys the last one.
      await register(buyer, 'buyer');
      const added = await buyer.post('/api/cart/items', {
        headers: WRITE,
        data: { productId: id, quantity: 1 },
      });
      expect(added.ok(), await added.text()).toBe(true);
      const checkout = await buyer.post('/api/checkout', {
        headers: { ...WRITE, 'Idempotency-Key': `checkout:${Date.now()}:live-e2e` },
        data: {
          shippingAddress: {
            name: 'Live Buyer',
            line1: '1 Test Street',
            city: 'Springfield',
            postalCode: '12345',
            country: 'US',
          },
          payment: { cardNumber: '4242424242424242' },
        },
      });
      expect(checkout.status(), await checkout.text()).toBe(201);

      await expect(page.getByRole('button', { name: 'Sold out' })).toBeDisabled({ timeout: 5_000 });
      expect(frames.some((frame) => frame.includes(`"availability"`))).toBe(true);
      await expect(page.getByText(/one-of-a-kind item/)).toBeHidden();
      expect(navigations, 'no reload').toBe(0);
    } finally {
      await seller.dispose();
      await buyer.dispose();
    }
  });
});
