import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';
import { SignOutEverywhere } from '@/features/auth/components/sign-out-everywhere';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { requireSignIn } from '../require-sign-in';
import { forgetAccountCart } from '../session';

export const Route = createFileRoute('/account')({
  beforeLoad: requireSignIn,
  component: AccountRoute,
});

function AccountRoute() {
  useDocumentTitle('Your account');
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <h1>Your account</h1>
      <ChangePasswordForm />
      <SignOutEverywhere
        onSignedOut={() => {
          forgetAccountCart();
          void navigate({ to: '/signin', replace: true });
        }}
      />
    </div>
  );
}
