import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { apiServes, registerAccount, WRITE } from './support';
import { totp, wrongCode } from './totp';

const PASSWORD = 'correct horse battery';

async function enterPassword(page: Page, email: string, password: string) {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('signing in with a code', () => {
  test.beforeEach(async ({ request }) => {
    test.skip(
      !(await apiServes(request, '/api/me/totp')),
      'the second factor is not served by this backend',
    );
  });

  test('an account with an authenticator app is asked for its code after the password', async ({
    page,
  }) => {
    const email = await registerAccount(page.request, 'totp');
    const started = await page.request.post('/api/me/totp/enrolment', { headers: WRITE, data: {} });
    expect(started.status(), await started.text()).toBe(200);
    const { secret } = (await started.json()) as { secret: string };
    const confirmed = await page.request.post('/api/me/totp/enrolment/confirm', {
      headers: WRITE,
      data: { code: totp(secret) },
    });
    expect(confirmed.status(), await confirmed.text()).toBe(200);
    await page.request.post('/api/auth/logout', { headers: WRITE });

    await enterPassword(page, email, PASSWORD);
    const code = page.getByLabel('Code', { exact: true });
    await expect(code).toBeVisible();
    await expect(page.getByText('Enter the code your authenticator app shows')).toBeVisible();

    await code.fill(wrongCode(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(code).toHaveAccessibleDescription('That code is wrong or was used already.');

    // The step after the one that confirmed the app: that code was used up.
    await code.fill(totp(secret, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'E2E totp' }),
    ).toBeVisible();
  });

  test('a staff member without an authenticator sets one up from a QR code while signing in', async ({
    page,
  }) => {
    // The demo catalogue's support agent (local-stack DemoAccounts), on its first sign-in.
    await enterPassword(page, 'support@handmade.test', 'demo-support-2026');
    const prompt = page.getByText(/Staff accounts sign in with a code|Enter the code your/);
    await expect(prompt).toBeVisible();
    test.skip(
      !(await page.getByText('Staff accounts sign in with a code').isVisible()),
      'the demo support account has an authenticator already (not a fresh demo catalogue)',
    );

    await expect(
      page.getByRole('img', { name: 'QR code for your authenticator app' }),
    ).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Code', { exact: true }).fill(totp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();

    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(
      page
        .getByRole('navigation', { name: 'Account' })
        .getByRole('button', { name: 'Sol Support' }),
    ).toBeVisible();
  });
});
