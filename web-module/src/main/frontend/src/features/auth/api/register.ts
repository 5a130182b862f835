import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { getMe, meQueryOptions } from './get-me';
import type { Registration, SignedIn, User } from './types';

/** `POST /api/auth/register`: creates a shopper account and signs it in (409 for a known email). */
export async function register(registration: Registration): Promise<User | null> {
  const signedIn = await apiFetch<Partial<SignedIn> | undefined>('/api/auth/register', {
    method: 'POST',
    body: registration,
  });
  return signedIn?.user ?? getMe();
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => queryClient.setQueryData(meQueryOptions().queryKey, user),
  });
}
