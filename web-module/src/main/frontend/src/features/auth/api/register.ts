import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { getMe, meQueryOptions } from './get-me';
import type { Registration, User } from './types';

/**
 * `POST /api/auth/register`, then `POST /api/auth/login` with the same credentials, so that a new
 * shopper is signed in straight away whether or not registering opens a session.
 */
export async function register(registration: Registration): Promise<User | null> {
  await apiFetch<unknown>('/api/auth/register', { method: 'POST', body: registration });
  const signedIn = await getMe();
  if (signedIn) return signedIn;
  await apiFetch<unknown>('/api/auth/login', {
    method: 'POST',
    body: { email: registration.email, password: registration.password },
  });
  return getMe();
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => queryClient.setQueryData(meQueryOptions().queryKey, user),
  });
}
