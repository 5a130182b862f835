import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

/** `POST /api/auth/verify-email`: confirms the address with the mailed link's token. */
export async function verifyEmail(token: string): Promise<void> {
  await apiFetch<unknown>('/api/auth/verify-email', { method: 'POST', body: { token } });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: verifyEmail });
}
