import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { meQueryOptions } from './get-me';
import type { CodeStep, CompletedSignIn, TotpEnrolment } from './types';

/**
 * `POST /api/auth/login/totp/enrolment`: for a staff account without an authenticator app, the secret
 * to put into one (and its otpauth:// URI for a QR code), within the sign-in.
 */
export function startEnrolment(challenge: string): Promise<TotpEnrolment> {
  return apiFetch<TotpEnrolment>('/api/auth/login/totp/enrolment', {
    method: 'POST',
    body: { challenge },
  });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: startEnrolment });
}

/**
 * `POST /api/auth/login/totp`: the code of the authenticator app (or a recovery code) turns the
 * challenge into a session (the cookie). After an enrolment the answer carries the recovery codes.
 */
export function completeSignIn(step: CodeStep): Promise<CompletedSignIn> {
  return apiFetch<CompletedSignIn>('/api/auth/login/totp', { method: 'POST', body: step });
}

export function useCompleteSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSignIn,
    onSuccess: (signedIn) => queryClient.setQueryData(meQueryOptions().queryKey, signedIn.user),
  });
}
