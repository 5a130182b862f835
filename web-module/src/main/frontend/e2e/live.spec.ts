import { expect, test } from './fixtures';
import type { APIRequestContext, Page } from '@playwright/test';
import { registerSeller, publishListing, registerAccount, WRITE } from './support';

/** A seller's published, one-of-a-kind listing, made through the API. */
async function oneOfAKind(page: Page, seller: APIRequestContext): Promise<number> {
  await registerSeller(seller, `Live Pottery ${Date.now()}`);
  return publishListing(page, seller, {
    title: 'Moon jar, one of a kind',
    price: 120,
    quantity: 1,
  });
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
      await registerAccount(buyer, 'buyer');
      const added = await buyer.post('/api/cart/items', {
        headers: WRITE,
        data: { productId: id, quantity: 1 },
      });
      expect(added.ok(), await added.text()).toBe(true);
      const { total } = (await (await buyer.get('/api/cart?country=US')).json()) as {
        total: number;
      };
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
          payment: { paymentMethodId: 'pm_card_visa' },
          expectedTotal: total,
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
