import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { skipWhenSignedIn } from '../require-sign-in';
import { moveVisitorCartIntoAccount } from '../session';

/** Where to go after signing in: a path of this site only (no open redirect). */
export const returnTo = z.catch(
  z.optional(z.string().check(z.regex(/^\/(?!\/)[^\s\\]*$/))),
  undefined,
);

export const Route = createFileRoute('/signin')({
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ redirect: returnTo }).parse(search),
  beforeLoad: skipWhenSignedIn,
  component: SignInRoute,
});

function SignInRoute() {
  useDocumentTitle('Sign in');
  const { redirect } = Route.useSearch();
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <SignInForm
        onSignedIn={async () => {
          await moveVisitorCartIntoAccount();
          // The form's page leaves the history: Back must not show it to a signed-in shopper.
          await navigate({ to: redirect ?? '/', replace: true });
        }}
      />
      <p>
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p>
        New here?{' '}
        <Link to="/register" search={redirect ? { redirect } : {}} replace>
          Create an account
        </Link>
      </p>
    </div>
  );
}
