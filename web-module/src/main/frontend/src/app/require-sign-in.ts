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

/**
 * A `beforeLoad` for the sign-in and registration pages: a shopper who is signed in already (who came
 * back to the page with the Back button after signing in, say) goes on to where the page would have
 * sent them, instead of seeing an empty form. The page's history entry is replaced.
 */
export async function skipWhenSignedIn({
  context: { queryClient },
  search,
}: {
  context: { queryClient: QueryClient };
  search: { redirect?: string | undefined };
}): Promise<void> {
  const user = await queryClient.ensureQueryData(meQueryOptions()).catch(() => null);
  if (user) throw redirect({ to: search.redirect ?? '/', replace: true });
}
