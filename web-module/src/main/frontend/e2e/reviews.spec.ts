import { expect, test } from './fixtures';
import { registerSeller, publishListing, registerAccount, WRITE } from './support';

test.describe('reviews', () => {
  test('a buyer reviews a delivered item from Your orders and finds the review on its page', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const seller = await playwright.request.newContext({ baseURL });
    try {
      await page.goto('/');
      await registerSeller(seller, `Review Pottery ${Date.now()}`);
      const title = `Speckled mug ${Date.now()}`;
      const productId = await publishListing(page, seller, { title, price: 28, quantity: 3 });

      // The buyer is the page's own session: page.request shares its cookies.
      const buyer = page.request;
      await registerAccount(buyer, 'buyer');
      const added = await buyer.post('/api/cart/items', {
        headers: WRITE,
        data: { productId, quantity: 1 },
      });
      expect(added.ok(), await added.text()).toBe(true);
      const { total } = (await (await buyer.get('/api/cart?country=US')).json()) as {
        total: number;
      };
      const checkout = await buyer.post('/api/checkout', {
        headers: { ...WRITE, 'Idempotency-Key': `checkout:${Date.now()}:reviews-e2e` },
        data: {
          shippingAddress: {
            name: 'Review Buyer',
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
      const orders = (await (await buyer.get('/api/orders')).json()) as {
        items: { id: number }[];
      };
      const orderId = orders.items[0]?.id;
      expect(orderId).toBeDefined();
      for (const [move, data] of [
        ['ship', { carrier: 'USPS', trackingNumber: '9400100000000000000000' }],
        ['deliver', undefined],
      ] as const) {
        const moved = await seller.post(`/api/seller/orders/${orderId}/${move}`, {
          headers: WRITE,
          data,
        });
        expect(moved.ok(), await moved.text()).toBe(true);
      }

      await page.goto('/orders');
      await page.getByRole('link', { name: new RegExp(`Order #${orderId} from`) }).click();
      await page.getByRole('link', { name: `Leave a review of ${title}` }).click();
      await expect(page.getByRole('heading', { name: `Review ${title}` })).toBeVisible();

      await page.getByRole('button', { name: 'Post review' }).click();
      await expect(page.getByText('Choose 1 to 5 stars.')).toBeVisible();

      await page.getByLabel('4 stars').check();
      await page
        .getByLabel('Your review (optional)')
        .fill('Holds a big coffee; the glaze is lovely.');
      await page.getByRole('button', { name: 'Post review' }).click();
      await expect(page.getByText(`Thank you! Your review of ${title} is saved.`)).toBeVisible();

      await page.getByRole('link', { name: "See it on the item's page" }).click();
      const reviews = page.getByRole('region', { name: 'Reviews' });
      await expect(reviews.getByText('Holds a big coffee; the glaze is lovely.')).toBeVisible();
      await expect(
        reviews.getByRole('img', { name: 'Rated 4.0 out of 5, 1 review' }),
      ).toBeVisible();
      await expect(
        reviews.getByRole('img', { name: 'Rated 4.0 out of 5', exact: true }),
      ).toBeVisible();
    } finally {
      await seller.dispose();
    }
  });
});
