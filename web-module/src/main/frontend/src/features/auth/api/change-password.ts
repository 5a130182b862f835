import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

/**
 * `POST /api/me/password`: changes the password of the signed-in account; needs the current one
 * (400 `validation` on `currentPassword` when it is wrong, on `newPassword` when the new one is weak
 * or common). Every other session of the account ends; this one stays signed in.
 */
export async function changePassword(change: {
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  await apiFetch<unknown>('/api/me/password', { method: 'POST', body: change });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
