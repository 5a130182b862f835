import { expect, test } from './fixtures';
import { catalogueHasListings } from './support';

interface Hit {
  id: number;
  title: string;
  image?: string | null;
}

test.describe('listing and shop pages', () => {
  test.beforeEach(async ({ request }) => {
    test.skip(
      !(await catalogueHasListings(request, 'necklace')),
      'these pages need the demo catalogue (run against the local stack)',
    );
  });

  test('the product photo is shown whole, not cropped to the frame', async ({ page, request }) => {
    const search = (await (await request.get('/api/search?q=necklace&pageSize=5')).json()) as {
      products: Hit[];
    };
    const item = search.products.find((product) => product.image);
    if (!item) throw new Error('no necklace has a photo');
    await page.goto(`/products/${item.id}`);

    const photo = page.locator('.gallery__main img');
    await expect(photo).toBeVisible();
    await expect(photo).toHaveCSS('object-fit', 'contain');
  });

  test('a shop page shows what its listing page says of it', async ({ page, request }) => {
    const search = (await (await request.get('/api/search?q=necklace&pageSize=1')).json()) as {
      products: Hit[];
    };
    const item = search.products[0];
    if (!item)
      throw new Error('the search for "necklace" found listings a moment ago, and now none');
    await page.goto(`/products/${item.id}`);
    const card = page.locator('.shop-card');
    const meta = (await card.locator('.shop-card__meta').textContent()) ?? '';
    const sales = /([\d,]+) sales/.exec(meta)?.[1];

    await card.getByRole('link').first().click();

    await expect(page).toHaveURL(/\/shops\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Items' })).toBeVisible();
    await expect(page.getByText('No items for sale right now')).toHaveCount(0);
    await expect(page.getByRole('article').first()).toBeVisible();
    if (sales) {
      await expect(page.locator('.shop__header')).toContainText(`${sales} sales`);
    }
    // A demo shop has a painted banner and logo, not grey placeholders.
    await expect(page.locator('.shop__banner img')).toBeVisible();
    await expect(page.locator('.shop__logo img')).toBeVisible();
  });
});
