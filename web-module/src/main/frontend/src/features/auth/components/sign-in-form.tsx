import { Field } from '@/components/ui/field';
import { isApiProblem } from '@/lib/api-problem';
import { useLogin } from '../api/login';
import type { User } from '../api/types';
import { signInSchema } from '../validation';
import { useAccountForm } from './use-account-form';

interface SignInFormProps {
  onSignedIn: (user: User | null) => void | Promise<void>;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const login = useLogin();
  const { errors, formError, onSubmit } = useAccountForm({
    schema: signInSchema,
    submit: async (values) => onSignedIn(await login.mutateAsync(values)),
    explain: (error) =>
      isApiProblem(error) && error.status === 401
        ? { formError: 'That email and password do not match an account.' }
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
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={login.isPending}
      >
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
