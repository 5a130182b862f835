import { useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import { useChangePassword } from '../api/change-password';
import { changePasswordSchema } from '../validation';
import { useAccountForm } from './use-account-form';

/** Changes the signed-in shopper's password; the API's refusals appear beside their fields. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const [changed, setChanged] = useState(false);
  const { errors, formError, onSubmit } = useAccountForm({
    schema: changePasswordSchema,
    submit: async (values) => {
      setChanged(false);
      await change.mutateAsync(values);
      form.current?.reset();
      setChanged(true);
    },
    explain: () => undefined,
  });

  return (
    <form
      ref={form}
      className="form"
      noValidate
      aria-labelledby="change-password-title"
      onSubmit={onSubmit}
    >
      <h2 id="change-password-title">Change your password</h2>
      {formError ? (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      ) : null}
      {changed ? (
        <p className="banner" role="status">
          Your password is changed. Your other sessions are signed out; this one stays.
        </p>
      ) : null}
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.newPassword}
      />
      <button type="submit" className="button button--primary" disabled={change.isPending}>
        {change.isPending ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
