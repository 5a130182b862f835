import { QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '@/lib/api-problem';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30 * 1000,
        // Retry what may pass on a second try (network, 5xx, 429), never a refusal (4xx).
        retry: (failureCount, error) => {
          if (failureCount >= 2) return false;
          if (!isApiProblem(error)) return false;
          return error.status === 0 || error.status >= 500 || error.status === 429;
        },
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * A page the browser restores from its back/forward cache comes back with the data it showed when
 * it was left: a shop page left empty ("No items for sale right now", 0 sales) would still say so
 * after its listing had sold. Nothing else asks again (window focus does not), so a restored page
 * marks every query stale and refetches what it shows.
 *
 * @returns a function that stops watching
 */
export function refreshAfterBackForwardCache(
  queryClient: QueryClient,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) {
      void queryClient.invalidateQueries();
    }
  };
  target.addEventListener('pageshow', onPageShow);
  return () => target.removeEventListener('pageshow', onPageShow);
}
