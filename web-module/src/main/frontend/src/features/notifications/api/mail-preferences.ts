import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';

/** `GET/PUT /api/me/mail-preferences`: the mails a shopper may turn off (order mails always go). */
export interface MailPreferences {
  reviewInvitations: boolean;
}

const mailPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'mail-preferences'],
    queryFn: ({ signal }) => apiFetch<MailPreferences>('/api/me/mail-preferences', { signal }),
  });

export function useMailPreferences() {
  return useQuery(mailPreferencesQueryOptions());
}

export function useSaveMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choices: MailPreferences) =>
      apiFetch<MailPreferences>('/api/me/mail-preferences', { method: 'PUT', body: choices }),
    onSuccess: (saved) => queryClient.setQueryData(mailPreferencesQueryOptions().queryKey, saved),
  });
}
