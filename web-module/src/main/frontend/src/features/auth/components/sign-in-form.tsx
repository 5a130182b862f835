import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { isApiProblem, ProblemTypes, type ApiProblem } from '@/lib/api-problem';
import { useLogin } from '../api/login';
import type { SecondFactorChallenge, User } from '../api/types';
import { signInSchema } from '../validation';
import { CodeStepForm } from './code-step-form';
import { useAccountForm } from './use-account-form';

interface SignInFormProps {
  onSignedIn: (user: User | null) => void | Promise<void>;
}

/** The challenge of a correct password to an account that signs in with a code as well. */
function secondFactorChallenge(error: unknown): SecondFactorChallenge | undefined {
  if (!isApiProblem(error) || !error.is(ProblemTypes.secondFactorRequired)) return undefined;
  const { challenge, enrolmentRequired } = (error as ApiProblem).extras;
  return typeof challenge === 'string'
    ? { challenge, enrolmentRequired: enrolmentRequired === true }
    : undefined;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const login = useLogin();
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);
  const { errors, formError, onSubmit } = useAccountForm({
    schema: signInSchema,
    submit: async (values) => {
      let user: User | null;
      try {
        user = await login.mutateAsync(values);
      } catch (error) {
        const next = secondFactorChallenge(error);
        if (!next) throw error;
        setChallenge(next);
        return;
      }
      await onSignedIn(user);
    },
    explain: (error) =>
      isApiProblem(error) && error.status === 401
        ? { formError: 'That email and password do not match an account.' }
        : undefined,
  });

  if (challenge) {
    return (
      <CodeStepForm
        challenge={challenge}
        onSignedIn={onSignedIn}
        onRestart={() => setChallenge(null)}
      />
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
