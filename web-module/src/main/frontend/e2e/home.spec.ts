import { expect, test } from './fixtures';
import { expectShell, type CategoryNode } from './support';

test.describe('home page', () => {
  test('shows the category tiles from /api/categories', async ({ page, request }) => {
    const categories = (await (await request.get('/api/categories')).json()) as CategoryNode[];
    expect(categories.length).toBeGreaterThan(0);

    await page.goto('/');

    await expectShell(page);
    await expect(page).toHaveTitle(/Handmade Market/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const region = page.getByRole('region', { name: 'Shop by category' });
    for (const category of categories) {
      await expect(region.getByRole('link', { name: category.name, exact: true })).toBeVisible();
    }
  });

  test('the sub-categories on a tile are links to their own search', async ({ page, request }) => {
    const categories = (await (await request.get('/api/categories')).json()) as CategoryNode[];
    const parent = categories.find((category) => category.children.length > 0);
    const child = parent?.children[0];
    if (!parent || !child) throw new Error('no category has sub-categories');
    await page.goto('/');

    const subCategories = page
      .getByRole('region', { name: 'Shop by category' })
      .getByRole('list', { name: `${parent.name}: sub-categories` });
    await subCategories.getByRole('link', { name: child.name, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`/search\\?category=${child.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`in ${child.name}$`),
    );
  });

  test('a category tile opens the search filtered by that category', async ({ page, request }) => {
    const [first] = (await (await request.get('/api/categories')).json()) as [CategoryNode];
    await page.goto('/');

    await page
      .getByRole('region', { name: 'Shop by category' })
      .getByRole('link', { name: first.name, exact: true })
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
