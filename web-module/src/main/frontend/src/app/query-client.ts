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
