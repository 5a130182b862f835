import { createFileRoute, Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import * as z from 'zod/mini';
import { useVerifyEmail } from '@/features/auth/api/verify-email';
import { linkToken } from '@/features/auth/validation';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { userMessage } from '@/lib/api-problem';

export const Route = createFileRoute('/verify-email')({
  validateSearch: (search: Record<string, unknown>) => z.object({ token: linkToken }).parse(search),
  component: VerifyEmailRoute,
});

function VerifyEmailRoute() {
  useDocumentTitle('Confirm your email address');
  const { token } = Route.useSearch();
  const verify = useVerifyEmail();
  const { mutate } = verify;
  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  let message: string;
  if (!token) message = 'This link is not complete. Open it from the mail again.';
  else if (verify.isSuccess) message = 'Thank you: your email address is confirmed.';
  else if (verify.isError) message = userMessage(verify.error);
  else message = 'Confirming your address…';
  return (
    <div className="auth-page">
      <h1>Confirm your email address</h1>
      <p className={verify.isError || !token ? 'banner banner--error' : 'banner'} role="status">
        {message}
      </p>
      <p>
        <Link to="/">Continue shopping</Link>
      </p>
    </div>
  );
}
