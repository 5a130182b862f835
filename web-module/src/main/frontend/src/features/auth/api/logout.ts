import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { meQueryOptions } from './get-me';

/** `POST /api/auth/logout`: revokes the session everywhere. */
export async function logout(): Promise<void> {
  await apiFetch<unknown>('/api/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.setQueryData(meQueryOptions().queryKey, null),
  });
}

/** `POST /api/auth/logout-everywhere`: ends every session of the account, on every device. */
export async function logoutEverywhere(): Promise<void> {
  await apiFetch<unknown>('/api/auth/logout-everywhere', { method: 'POST' });
}

export function useLogoutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: () => queryClient.setQueryData(meQueryOptions().queryKey, null),
  });
}
