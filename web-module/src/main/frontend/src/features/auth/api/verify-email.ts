import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { meQueryOptions } from './get-me';

/** `POST /api/auth/verify-email`: confirms the address with the mailed link's token. */
export async function verifyEmail(token: string): Promise<void> {
  await apiFetch<unknown>('/api/auth/verify-email', { method: 'POST', body: { token } });
}

export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyEmail,
    // The signed-in account (if it is the one confirmed) stops asking for confirmation. The check
    // that started with the page may have read the account before the confirmation: it is
    // cancelled, not waited for, so that the account is read afresh.
    onSuccess: async () => {
      const { queryKey } = meQueryOptions();
      await queryClient.cancelQueries({ queryKey });
      await queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** `POST /api/me/email-verification`: mails the signed-in account a new link (3 an hour). */
export async function resendVerification(): Promise<void> {
  await apiFetch<unknown>('/api/me/email-verification', { method: 'POST' });
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification });
}
