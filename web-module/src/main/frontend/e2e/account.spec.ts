import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { awaitMailText, linkTo } from './mailbox';
import { apiServes, expectShell } from './support';

const PASSWORD = 'correct horse battery';

async function register(page: Page, email: string, name = 'Ada Lovelace') {
  await page.goto('/register');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

test.describe('accounts', () => {
  test.beforeEach(async ({ request }) => {
    test.skip(!(await apiServes(request, '/api/me')), 'GET /api/me is not served yet (issue 3)');
  });

  test('a visitor registers, is signed in, signs out and signs in again', async ({ page }) => {
    const email = `ada-${Date.now()}@example.com`;

    await register(page, email);

    await expect(page).toHaveURL(/\/$/);
    const account = page
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Ada Lovelace' });
    await expect(account).toBeVisible();

    await account.click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(account).toBeVisible();

    // The session survives a reload (the HttpOnly cookie, read by GET /api/me).
    await page.reload();
    await expectShell(page);
    await expect(account).toBeVisible();
  });

  test('a wrong password says so without telling whether the account exists', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill(`nobody-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toHaveText(
      'That email and password do not match an account.',
    );
  });

  test('registering a known email points to signing in; bad fields are explained', async ({
    page,
    browser,
  }) => {
    const email = `grace-${Date.now()}@example.com`;
    await register(page, email, 'Grace Hopper');
    await expect(page).toHaveURL(/\/$/);

    const visitor = await browser.newPage();
    await register(visitor, email, 'Someone Else');
    await expect(
      visitor.getByText('An account with this email already exists. Sign in instead?'),
    ).toBeVisible();

    await visitor.goto('/register');
    await visitor.getByRole('button', { name: 'Create account' }).click();
    await expect(visitor.getByLabel('Password')).toHaveAccessibleDescription(
      /At least 10 characters/,
    );
    await expect(visitor.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await visitor.close();
  });

  test('a new account confirms its address from the mailed link', async ({ page }) => {
    const email = `mary-${Date.now()}@example.com`;
    await register(page, email, 'Mary Anning');
    const reminder = page.getByLabel('Confirm your email address');
    await expect(reminder).toContainText(`follow the link we mailed to ${email}`);

    await reminder.getByRole('button', { name: 'Send me a new link' }).click();
    await expect(reminder.getByRole('status')).toHaveText(`A new link is on its way to ${email}.`);

    const text = await awaitMailText(email, 'Confirm your email address');
    await page.goto(linkTo(text, '/verify-email'));
    await expect(page.getByRole('status')).toHaveText(
      'Thank you: your email address is confirmed.',
    );
    await expect(reminder).toBeHidden();

    await page.reload();
    await expect(page.getByRole('status')).toHaveClass(/banner--error/);
  });

  test('a shopper who forgot the password sets a new one from the mailed link', async ({
    page,
  }) => {
    const email = `alan-${Date.now()}@example.com`;
    await register(page, email, 'Alan Turing');
    await page
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Alan Turing' })
      .click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(page.getByRole('status')).toContainText(`If an account uses ${email}`);

    const text = await awaitMailText(email, 'Reset your');
    await page.goto(linkTo(text, '/reset-password'));
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();

    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That email and password do not match an account.',
    );
    await page.getByLabel('Password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page
        .getByRole('navigation', { name: 'Account' })
        .getByRole('button', { name: 'Alan Turing' }),
    ).toBeVisible();
  });

  test('a shopper turns review invitations off from the account menu', async ({ page }) => {
    await register(page, `rosalind-${Date.now()}@example.com`, 'Rosalind Franklin');
    await page
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Rosalind Franklin' })
      .click();
    await page.getByRole('link', { name: 'Mail preferences' }).click();

    const invitations = page.getByRole('checkbox', { name: /Invitations to review/ });
    await expect(invitations).toBeChecked();
    await invitations.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.reload();
    await expect(invitations).not.toBeChecked();
  });

  test('checkout sends a visitor to sign in first, then back', async ({ page }) => {
    await page.goto('/checkout');

    await expect(page).toHaveURL(/\/signin\?redirect=%2Fcheckout$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  test('a shopper changes the password on the account page; wrong and common ones are refused', async ({
    page,
    request,
  }) => {
    const email = `hedy-${Date.now()}@example.com`;
    const newPassword = 'frequency hopping 1942';
    await register(page, email, 'Hedy Lamarr');
    await expect(page).toHaveURL(/\/$/);

    await page
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Hedy Lamarr' })
      .click();
    await page.getByRole('link', { name: 'Your account' }).click();
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();

    const form = page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByLabel('Current password')).toHaveAccessibleDescription(
      /not your current password/,
    );

    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByLabel('New password').fill('1q2w3e4r5t');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByLabel('New password')).toHaveAccessibleDescription(
      /most common passwords/,
    );

    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByLabel('New password').fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toContainText('Your password is changed');

    // This session stays; the old password no longer signs in, the new one does.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    expect(
      (await request.post('/api/auth/login', { data: { email, password: PASSWORD } })).status(),
    ).toBe(401);
    expect(
      (await request.post('/api/auth/login', { data: { email, password: newPassword } })).status(),
    ).toBe(200);
  });

  test('signing out everywhere ends the sessions of other browsers too', async ({
    page,
    browser,
  }) => {
    const email = `radia-${Date.now()}@example.com`;
    await register(page, email, 'Radia Perlman');
    await expect(page).toHaveURL(/\/$/);
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto('/signin');
    await other.getByLabel('Email').fill(email);
    await other.getByLabel('Password').fill(PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    const otherAccount = other
      .getByRole('navigation', { name: 'Account' })
      .getByRole('button', { name: 'Radia Perlman' });
    await expect(otherAccount).toBeVisible();

    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();

    await expect(page).toHaveURL(/\/signin/);
    await other.reload();
    await expect(other.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(otherAccount).toBeHidden();
    await elsewhere.close();
  });
});
