import { createFileRoute, Link } from '@tanstack/react-router';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { skipWhenSignedIn } from '../require-sign-in';

export const Route = createFileRoute('/forgot-password')({
  beforeLoad: skipWhenSignedIn,
  component: ForgotPasswordRoute,
});

function ForgotPasswordRoute() {
  useDocumentTitle('Forgot your password?');
  return (
    <div className="auth-page">
      <h1>Forgot your password?</h1>
      <p>Enter the address you signed up with and we will mail you a link to set a new one.</p>
      <ForgotPasswordForm />
      <p>
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}
