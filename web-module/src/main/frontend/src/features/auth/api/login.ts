import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { getMe, meQueryOptions } from './get-me';
import type { Credentials, SignedIn, User } from './types';

/**
 * `POST /api/auth/login`: sets the session cookie (HttpOnly: the storefront never reads the token);
 * answers the same 401 for any wrong pair, 429 after repeated failures.
 */
export async function login(credentials: Credentials): Promise<User | null> {
  const signedIn = await apiFetch<Partial<SignedIn> | undefined>('/api/auth/login', {
    method: 'POST',
    body: credentials,
  });
  return signedIn?.user ?? getMe();
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => queryClient.setQueryData(meQueryOptions().queryKey, user),
  });
}
