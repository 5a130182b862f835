import { useState, type FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { isApiProblem, userMessage } from '@/lib/api-problem';
import { useRegister } from '../api/register';
import type { User } from '../api/types';
import { registerSchema, toFormErrors, type FormErrors } from '../validation';

interface RegisterFormProps {
  onRegistered: (user: User | null) => void | Promise<void>;
}

export function RegisterForm({ onRegistered }: RegisterFormProps) {
  const register = useRegister();
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = registerSchema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setErrors(toFormErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    try {
      const user = await register.mutateAsync(parsed.data);
      await onRegistered(user);
    } catch (error) {
      if (isApiProblem(error) && error.status === 409) {
        setErrors({ email: 'An account with this email already exists. Sign in instead?' });
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
