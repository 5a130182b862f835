import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

/**
 * `POST /api/auth/password-reset`: mails a reset link if the address has an account. The answer is
 * the same either way (202), so the page can only say that a link is on its way if it exists.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await apiFetch<unknown>('/api/auth/password-reset', { method: 'POST', body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}

/**
 * `POST /api/auth/password-reset/complete`: sets the new password with the link's token and signs the
 * account out everywhere (400 `invalid-token` for a used or expired link, `validation` for a weak
 * password).
 */
export async function completePasswordReset(reset: {
  token: string;
  password: string;
}): Promise<void> {
  await apiFetch<unknown>('/api/auth/password-reset/complete', { method: 'POST', body: reset });
}

export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset });
}
