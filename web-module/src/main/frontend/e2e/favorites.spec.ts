import { expect, test } from './fixtures';
import { apiServes, catalogueHasListings } from './support';

interface Hit {
  id: number;
  title: string;
}

test.describe('favorites', () => {
  test.beforeEach(async ({ request }) => {
    test.skip(
      !(await apiServes(request, '/api/favorites')),
      'GET /api/favorites is not served yet (issue 6)',
    );
    test.skip(
      !(await catalogueHasListings(request, 'mug')),
      'favorites need the demo catalogue (run against the local stack)',
    );
  });

  test('a shopper saves an item, finds it in favorites, sees similar items, and removes it', async ({
    page,
    request,
  }) => {
    const search = (await (await request.get('/api/search?q=mug&pageSize=1')).json()) as {
      products: Hit[];
    };
    const item = search.products[0];
    if (!item) throw new Error('the search for "mug" found listings a moment ago, and now none');

    // A visitor is asked to sign in first, and comes back to the item.
    await page.goto(`/products/${item.id}`);
    await page.getByRole('link', { name: /Sign in to save this item/ }).click();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill('Favorite Finder');
    await page.getByLabel('Email').fill(`favorites-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(new RegExp(`/products/${item.id}$`));

    const heart = page.getByRole('button', { name: `Favorite ${item.title}` });
    await expect(heart).toHaveAttribute('aria-pressed', 'false');
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Saved to favorites')).toBeVisible();

    // Listings like this one are offered under it.
    const similar = page.getByRole('region', { name: 'You may also like' });
    await expect(similar.getByRole('article').first()).toBeVisible();

    await page.goto('/favorites');
    await expect(page.getByRole('heading', { name: 'Items (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: item.title, level: 3 })).toBeVisible();

    await page.goto(`/products/${item.id}`);
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'false');
    await page.goto('/favorites');
    await expect(page.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible();
  });
});
