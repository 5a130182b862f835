import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQueryOptions } from '@/features/auth/api/get-me';

/**
 * A route's `beforeLoad` for pages that belong to an account: visitors go to sign in and come back
 * to the page they asked for.
 */
export async function requireSignIn({
  context: { queryClient },
  location,
}: {
  context: { queryClient: QueryClient };
  location: { href: string };
}): Promise<void> {
  const user = await queryClient.ensureQueryData(meQueryOptions());
  if (!user) throw redirect({ to: '/signin', search: { redirect: location.href } });
}
