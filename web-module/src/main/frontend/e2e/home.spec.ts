import { expect, test } from '@playwright/test';
import { expectShell, type CategoryNode } from './support';

test.describe('home page', () => {
  test('shows the category tiles from /api/categories', async ({ page, request }) => {
    const categories = (await (await request.get('/api/categories')).json()) as CategoryNode[];
    expect(categories.length).toBeGreaterThan(0);

    await page.goto('/');

    await expectShell(page);
    await expect(page).toHaveTitle(/Handmade Market/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const tiles = page.getByRole('region', { name: 'Shop by category' }).getByRole('link');
    await expect(tiles).toHaveCount(categories.length);
    for (const category of categories) {
      await expect(tiles.filter({ hasText: category.name }).first()).toBeVisible();
    }
  });

  test('a category tile opens the search filtered by that category', async ({ page, request }) => {
    const [first] = (await (await request.get('/api/categories')).json()) as [CategoryNode];
    await page.goto('/');

    await page
      .getByRole('region', { name: 'Shop by category' })
      .getByRole('link', { name: new RegExp(first.name) })
      .click();

    await expect(page).toHaveURL(new RegExp(`/search\\?category=${first.slug}$`));
    await expectShell(page);
  });

  test('the feed shows its sections, or a friendly empty state while there is none', async ({
    page,
  }) => {
    await page.goto('/');

    const region = page.getByRole('region', { name: 'Picks for you' });
    await expect(
      region
        .getByRole('heading', { name: 'Fresh picks are on their way' })
        .or(region.getByRole('article').first()),
    ).toBeVisible();
    await expect(page.getByText(/"type"|problem/)).toHaveCount(0);
  });
});
