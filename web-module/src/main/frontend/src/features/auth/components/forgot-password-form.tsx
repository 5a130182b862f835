import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useRequestPasswordReset } from '../api/password-reset';
import { forgotPasswordSchema } from '../validation';
import { useAccountForm } from './use-account-form';

/** Asks for a reset link; says the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, onSubmit } = useAccountForm({
    schema: forgotPasswordSchema,
    submit: async ({ email }) => {
      await request.mutateAsync(email);
      setSentTo(email);
    },
    explain: () => undefined,
  });

  if (sentTo) {
    return (
      <p className="banner" role="status">
        If an account uses {sentTo}, a link to set a new password is on its way. It works once, for
        30 minutes.
      </p>
    );
  }
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      ) : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={request.isPending}
      >
        {request.isPending ? 'Sending…' : 'Send me a link'}
      </button>
    </form>
  );
}
