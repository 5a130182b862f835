import { useMe } from '../api/get-me';
import { useResendVerification } from '../api/verify-email';
import { userMessage } from '@/lib/api-problem';

/** Reminds a signed-in account that has not followed its verification link, with a way to get another. */
export function ConfirmEmailBanner() {
  const { data: user } = useMe();
  const resend = useResendVerification();
  if (!user || user.emailVerified) return null;

  let status = null;
  if (resend.isSuccess) status = <p role="status">A new link is on its way to {user.email}.</p>;
  else if (resend.isError) status = <p role="alert">{userMessage(resend.error)}</p>;
  return (
    <div className="banner banner--info confirm-email" aria-label="Confirm your email address">
      <p>
        Please confirm your email address: follow the link we mailed to {user.email}. You can shop
        now; opening a shop needs a confirmed address.
      </p>
      {status}
      {resend.isSuccess ? null : (
        <button
          type="button"
          className="button button--link"
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {resend.isPending ? 'Sending…' : 'Send me a new link'}
        </button>
      )}
    </div>
  );
}
