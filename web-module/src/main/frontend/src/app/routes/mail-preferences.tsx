import { createFileRoute } from '@tanstack/react-router';
import { MailPreferencesForm } from '@/features/notifications/components/mail-preferences-form';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { requireSignIn } from '../require-sign-in';

export const Route = createFileRoute('/mail-preferences')({
  beforeLoad: requireSignIn,
  component: MailPreferencesRoute,
});

function MailPreferencesRoute() {
  useDocumentTitle('Mail preferences');
  return (
    <div className="auth-page">
      <h1>Mail preferences</h1>
      <MailPreferencesForm />
    </div>
  );
}
