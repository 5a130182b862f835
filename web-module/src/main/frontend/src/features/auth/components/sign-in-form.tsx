import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { isApiProblem, userMessage } from '@/lib/api-problem';
import { useLogin } from '../api/login';
import type { User } from '../api/types';
import { signInSchema, toFormErrors, type FormErrors } from '../validation';

interface SignInFormProps {
  onSignedIn: (user: User | null) => void | Promise<void>;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const login = useLogin();
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = signInSchema.safeParse(data);
    if (!parsed.success) {
      setErrors(toFormErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    try {
      const user = await login.mutateAsync(parsed.data);
      await onSignedIn(user);
    } catch (error) {
      if (isApiProblem(error) && error.status === 401) {
        setFormError('That email and password do not match an account.');
      } else if (isApiProblem(error) && error.fieldErrors.length) {
        setErrors(toFormErrors(error.fieldErrors));
      } else {
        setFormError(userMessage(error));
      }
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
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
