import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { getMe, meQueryOptions } from './get-me';
import type { Credentials, User } from './types';

/** `POST /api/auth/login`: sets the session cookie; answers the same 401 for any wrong pair. */
export async function login(credentials: Credentials): Promise<User | null> {
  await apiFetch<unknown>('/api/auth/login', { method: 'POST', body: credentials });
  return getMe();
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => queryClient.setQueryData(meQueryOptions().queryKey, user),
  });
}
