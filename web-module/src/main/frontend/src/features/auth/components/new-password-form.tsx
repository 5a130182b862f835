import { Field } from '@/components/ui/field';
import { isApiProblem, ProblemTypes } from '@/lib/api-problem';
import { useCompletePasswordReset } from '../api/password-reset';
import { newPasswordSchema } from '../validation';
import { useAccountForm } from './use-account-form';

interface NewPasswordFormProps {
  token: string;
  onChanged: () => void | Promise<void>;
}

/** Sets a new password with the token of a reset link. */
export function NewPasswordForm({ token, onChanged }: NewPasswordFormProps) {
  const complete = useCompletePasswordReset();
  const { errors, formError, onSubmit } = useAccountForm({
    schema: newPasswordSchema,
    submit: async ({ password }) => {
      await complete.mutateAsync({ token, password });
      await onChanged();
    },
    explain: (error) =>
      isApiProblem(error) && error.is(ProblemTypes.invalidToken)
        ? { formError: 'This link was used already or has expired. Ask for a new one.' }
        : undefined,
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      ) : null}
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={complete.isPending}
      >
        {complete.isPending ? 'Saving…' : 'Set new password'}
      </button>
    </form>
  );
}
