import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { SignInForm } from './sign-in-form';

const staff = { id: 7, email: 'sol@example.com', displayName: 'Sol', roles: ['SUPPORT'] };

function challengeAfterPassword(enrolmentRequired: boolean) {
  server.use(
    http.post('/api/auth/login', () =>
      problem(401, '/problems/second-factor-required', 'Enter the code.', {
        totpRequired: true,
        enrolmentRequired,
        challenge: 'c'.repeat(43),
      }),
    ),
  );
}

async function enterPassword() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'sol@example.com');
  await user.type(screen.getByLabelText('Password'), 'a long password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

describe('SignInForm with a second factor', () => {
  it('asks for the code after the password and signs in with it', async () => {
    challengeAfterPassword(false);
    const sent: unknown[] = [];
    server.use(
      http.post('/api/auth/login/totp', async ({ request }) => {
        sent.push(await request.json());
        return sent.length === 1
          ? problem(401, '/problems/invalid-code', 'The code is wrong.')
          : HttpResponse.json({ user: staff, token: 't', expiresAt: 'x', recoveryCodes: [] });
      }),
    );
    const onSignedIn = vi.fn();
    await renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { path: '/signin' });

    const user = await enterPassword();
    const code = await screen.findByLabelText('Code');
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('That code is wrong or was used already.')).toBeVisible();
    expect(onSignedIn).not.toHaveBeenCalled();

    await user.clear(code);
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(staff));
    expect(sent).toEqual([
      { challenge: 'c'.repeat(43), code: '123456' },
      { challenge: 'c'.repeat(43), code: '654321' },
    ]);
  });

  it('lets staff set up an app from a QR code, then shows the recovery codes once', async () => {
    challengeAfterPassword(true);
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `code-${i}`);
    server.use(
      http.post('/api/auth/login/totp/enrolment', () =>
        HttpResponse.json({
          secret: 'JBSWY3DPEHPK3PXP',
          otpauthUri: 'otpauth://totp/Handmade%20Market:sol?secret=JBSWY3DPEHPK3PXP',
        }),
      ),
      http.post('/api/auth/login/totp', () =>
        HttpResponse.json({ user: staff, token: 't', expiresAt: 'x', recoveryCodes }),
      ),
    );
    const onSignedIn = vi.fn();
    await renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, { path: '/signin' });

    const user = await enterPassword();
    expect(
      await screen.findByRole('img', { name: 'QR code for your authenticator app' }),
    ).toBeVisible();
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeVisible();
    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(onSignedIn).toHaveBeenCalledWith(staff);
  });
});
