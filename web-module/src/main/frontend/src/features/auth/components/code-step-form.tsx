import { QRCodeSVG } from 'qrcode.react';
import { useEffect, useState } from 'react';
import { Field } from '@/components/ui/field';
import { isApiProblem, ProblemTypes, userMessage } from '@/lib/api-problem';
import { useCompleteSignIn, useStartEnrolment } from '../api/second-step';
import type { SecondFactorChallenge, User } from '../api/types';
import { codeSchema } from '../validation';
import { useAccountForm } from './use-account-form';

interface CodeStepFormProps {
  challenge: SecondFactorChallenge;
  onSignedIn: (user: User | null) => void | Promise<void>;
  /** Back to the password, e.g. when the challenge expired. */
  onRestart: () => void;
}

/**
 * The second step of signing in: the code of the authenticator app or a recovery code. A staff account
 * without an app sets one up here first (QR code and key), and then sees its recovery codes once.
 */
export function CodeStepForm({ challenge, onSignedIn, onRestart }: CodeStepFormProps) {
  const enrolment = useStartEnrolment();
  const complete = useCompleteSignIn();
  const [recovery, setRecovery] = useState<{ codes: string[]; user: User } | null>(null);
  const { mutate: enrol } = enrolment;

  useEffect(() => {
    if (challenge.enrolmentRequired) enrol(challenge.challenge);
  }, [challenge, enrol]);

  const { errors, formError, onSubmit } = useAccountForm({
    schema: codeSchema,
    submit: async ({ code }) => {
      const signedIn = await complete.mutateAsync({ challenge: challenge.challenge, code });
      if (signedIn.recoveryCodes.length) {
        setRecovery({ codes: signedIn.recoveryCodes, user: signedIn.user });
      } else {
        await onSignedIn(signedIn.user);
      }
    },
    explain: (error) => {
      if (!isApiProblem(error)) return undefined;
      if (error.is(ProblemTypes.invalidCode)) {
        return { fieldErrors: { code: 'That code is wrong or was used already.' } };
      }
      return undefined;
    },
  });

  if (recovery) {
    return (
      <section className="form" aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">Your recovery codes</h2>
        <p>
          Your authenticator app is set up. Keep these codes somewhere safe: each signs you in once
          if you lose the app. They are shown only now.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {recovery.codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => void onSignedIn(recovery.user)}
        >
          I have saved them
        </button>
      </section>
    );
  }

  const expired = isApiProblem(complete.error) && complete.error.is(ProblemTypes.challengeExpired);

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {formError ? (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      ) : null}
      {challenge.enrolmentRequired ? (
        <div className="enrolment">
          <p>
            Staff accounts sign in with a code from an authenticator app as well. Scan this QR code
            with the app, or type the key into it, then enter the code it shows.
          </p>
          {enrolment.data ? (
            <>
              <QRCodeSVG
                value={enrolment.data.otpauthUri}
                size={192}
                role="img"
                aria-label="QR code for your authenticator app"
              />
              <p>
                Key: <code data-testid="totp-secret">{enrolment.data.secret}</code>
              </p>
            </>
          ) : enrolment.error ? (
            <p className="banner banner--error" role="alert">
              {userMessage(enrolment.error)}
            </p>
          ) : (
            <p>Preparing your key…</p>
          )}
        </div>
      ) : (
        <p>Enter the code your authenticator app shows, or one of your recovery codes.</p>
      )}
      <Field
        label="Code"
        name="code"
        inputMode="text"
        autoComplete="one-time-code"
        required
        error={errors.code}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={complete.isPending}
      >
        {complete.isPending ? 'Checking…' : 'Verify'}
      </button>
      {expired ? (
        <button type="button" className="button button--block" onClick={onRestart}>
          Sign in again
        </button>
      ) : null}
    </form>
  );
}
