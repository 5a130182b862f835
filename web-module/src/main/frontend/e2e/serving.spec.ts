import { expect, test } from './fixtures';
import { expectShell } from './support';

test.describe('serving the storefront from the WAR', () => {
  for (const path of [
    '/search?q=mug&isVintage=true',
    '/products/12',
    '/shops/some-shop',
    '/cart',
  ]) {
    test(`a deep link to ${path} loads the app`, async ({ page }) => {
      const response = await page.goto(path);

      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      await expectShell(page);
    });
  }

  test('index.html is revalidated, hashed assets are cached for a year', async ({
    page,
    request,
  }) => {
    const index = await request.get('/search');
    expect(index.headers()['cache-control']).toBe('no-cache');
    // The policy every page here runs under (the fixture fails any spec that trips it).
    const policy = index.headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self' https://js.stripe.com;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(index.headers()['x-frame-options']).toBe('DENY');

    const scripts: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/assets/')) {
        scripts.push(response.headers()['cache-control'] ?? '');
      }
    });
    await page.goto('/');
    await expectShell(page);

    expect(scripts.length).toBeGreaterThan(0);
    for (const cacheControl of scripts) {
      expect(cacheControl).toBe('public, max-age=31536000, immutable');
    }
  });

  test('a missing asset is a 404, not the app page', async ({ request }) => {
    const response = await request.get('/assets/missing-0000.js');
    expect(response.status()).toBe(404);
  });

  test('the API keeps answering problem+json', async ({ request }) => {
    const response = await request.get('/api/no-such-endpoint', {
      headers: { Accept: 'application/json' },
    });

    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  });

  test('an unknown page shows a friendly not-found page', async ({ page }) => {
    await page.goto('/this/page/does-not-exist');

    await expect(page.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible();
  });

  test('the policy blocks a script injected into the page, and the violation is seen', async ({
    page,
    policyViolations,
  }) => {
    await page.goto('/');
    await expectShell(page);

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.head.append(script);
      return document.body.dataset.injected === 'ran';
    });

    expect(ran).toBe(false);
    await expect.poll(() => policyViolations.length).toBeGreaterThan(0);
    // Only the inline script this spec injected on purpose was reported; forget it, or the fixture
    // fails the spec.
    expect(policyViolations.every((violation) => violation.includes('script-src'))).toBe(true);
    policyViolations.length = 0;
  });
});
