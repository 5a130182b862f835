import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { MailPreferencesForm } from './mail-preferences-form';

describe('MailPreferencesForm', () => {
  it('shows the saved choice and saves a new one', async () => {
    let saved: Record<string, unknown> | null = null;
    server.use(
      http.get('/api/me/mail-preferences', () => HttpResponse.json({ reviewInvitations: true })),
      http.put('/api/me/mail-preferences', async ({ request }) => {
        saved = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(saved);
      }),
    );
    await renderWithProviders(<MailPreferencesForm />);
    const invitations = await screen.findByRole('checkbox', { name: /invitations to review/i });
    expect(invitations).toBeChecked();

    await userEvent.click(invitations);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(saved).toEqual({ reviewInvitations: false });
    expect(invitations).not.toBeChecked();
  });

  it('explains a refusal and keeps the choice on screen', async () => {
    server.use(
      http.get('/api/me/mail-preferences', () => HttpResponse.json({ reviewInvitations: false })),
      http.put('/api/me/mail-preferences', () =>
        problem(503, '/problems/service-unavailable', 'The database is resting. Try again.'),
      ),
    );
    await renderWithProviders(<MailPreferencesForm />);
    const invitations = await screen.findByRole('checkbox', { name: /invitations to review/i });
    await userEvent.click(invitations);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The database is resting. Try again.',
    );
    expect(invitations).toBeChecked();
  });
});
