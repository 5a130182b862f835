import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectShell } from './support';

// The main pages, scanned with axe-core (WCAG 2.1 A and AA): no serious or critical violations.
const pages = ['/', '/search?q=mug', '/cart', '/signin', '/register', '/this/page/does-not-exist'];

for (const path of pages) {
  test(`accessibility of ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectShell(page);
    // Let loaders and skeletons settle before the scan.
    await page.waitForLoadState('networkidle');

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );

    expect(
      serious.map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`,
      ),
    ).toEqual([]);
  });
}
