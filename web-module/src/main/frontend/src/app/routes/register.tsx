import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { RegisterForm } from '@/features/auth/components/register-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { moveVisitorCartIntoAccount } from '../session';
import { returnTo } from './signin';

export const Route = createFileRoute('/register')({
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ redirect: returnTo }).parse(search),
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
          await navigate({ to: redirect ?? '/' });
        }}
      />
      <p>
        Already have an account?{' '}
        <Link to="/signin" search={redirect ? { redirect } : {}}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
