import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { NewPasswordForm } from '@/features/auth/components/new-password-form';
import { linkToken } from '@/features/auth/validation';
import { useDocumentTitle } from '@/hooks/use-document-title';

export const Route = createFileRoute('/reset-password')({
  validateSearch: (search: Record<string, unknown>) => z.object({ token: linkToken }).parse(search),
  component: ResetPasswordRoute,
});

function ResetPasswordRoute() {
  useDocumentTitle('Set a new password');
  const { token } = Route.useSearch();
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <h1>Set a new password</h1>
      {token ? (
        <NewPasswordForm
          token={token}
          onChanged={() => navigate({ to: '/signin', replace: true })}
        />
      ) : (
        <p className="banner banner--error" role="alert">
          This link is not complete. Open it from the mail again, or{' '}
          <Link to="/forgot-password">ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
