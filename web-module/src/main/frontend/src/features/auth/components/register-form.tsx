import { Field } from '@/components/ui/field';
import { isApiProblem } from '@/lib/api-problem';
import { useRegister } from '../api/register';
import type { User } from '../api/types';
import { registerSchema } from '../validation';
import { useAccountForm } from './use-account-form';

interface RegisterFormProps {
  onRegistered: (user: User | null) => void | Promise<void>;
}

export function RegisterForm({ onRegistered }: RegisterFormProps) {
  const register = useRegister();
  const { errors, formError, onSubmit } = useAccountForm({
    schema: registerSchema,
    submit: async (values) => onRegistered(await register.mutateAsync(values)),
    explain: (error) =>
      isApiProblem(error) && error.status === 409
        ? { fieldErrors: { email: 'An account with this email already exists. Sign in instead?' } }
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
        label="Your name"
        name="displayName"
        autoComplete="name"
        required
        error={errors.displayName}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        error={errors.password}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={register.isPending}
      >
        {register.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
