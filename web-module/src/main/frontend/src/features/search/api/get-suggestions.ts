import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import type { Suggestion } from './types';

type SuggestBody =
  (string | Suggestion)[] | { suggestions?: (string | Suggestion)[] } | null | undefined;

/** Accepts a plain list or `{ suggestions: [...] }`, of strings or `{ id, text }` objects. */
export function normaliseSuggestions(body: SuggestBody): Suggestion[] {
  const list = Array.isArray(body) ? body : (body?.suggestions ?? []);
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const entry of list) {
    const text = (typeof entry === 'string' ? entry : entry?.text)?.trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    const id = typeof entry === 'string' ? undefined : entry?.id;
    suggestions.push(typeof id === 'number' ? { id, text } : { text });
  }
  return suggestions.slice(0, 8);
}

export async function getSuggestions(q: string, signal?: AbortSignal): Promise<Suggestion[]> {
  const body = await apiFetch<SuggestBody>('/api/search/suggest', { query: { q }, signal });
  return normaliseSuggestions(body);
}

export const suggestionsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['search', 'suggest', q.toLowerCase()],
    queryFn: ({ signal }) => getSuggestions(q, signal),
    staleTime: 5 * 60 * 1000,
    // Typeahead is a nicety: a failure shows no list rather than an error.
    retry: false,
  });

export function useSuggestions(q: string) {
  const trimmed = q.trim();
  return useQuery({ ...suggestionsQueryOptions(trimmed), enabled: trimmed.length >= 2 });
}
