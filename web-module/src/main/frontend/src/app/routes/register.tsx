import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { skipWhenSignedIn } from '../require-sign-in';
import { moveVisitorCartIntoAccount } from '../session';
import { returnTo } from './signin';

export const Route = createFileRoute('/register')({
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ redirect: returnTo }).parse(search),
  beforeLoad: skipWhenSignedIn,
  component: RegisterRoute,
});

function RegisterRoute() {
  useDocumentTitle('Create your account');
  const { redirect } = Route.useSearch();
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <h1>Create your account</h1>
      <RegisterForm
        onRegistered={async () => {
          await moveVisitorCartIntoAccount();
          // The form's page leaves the history: Back must not show it to a signed-in shopper.
          await navigate({ to: redirect ?? '/', replace: true });
        }}
      />
      <p>
        Already have an account?{' '}
        <Link to="/signin" search={redirect ? { redirect } : {}} replace>
          Sign in
        </Link>
      </p>
    </div>
  );
}
