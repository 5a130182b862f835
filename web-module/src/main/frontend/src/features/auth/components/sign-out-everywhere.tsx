import { userMessage } from '@/lib/api-problem';
import { useLogoutEverywhere } from '../api/logout';

interface SignOutEverywhereProps {
  /** Called after every session ended (the app clears what belonged to the shopper). */
  onSignedOut: () => void;
}

/** Ends every session of the account, on every device, this one included. */
export function SignOutEverywhere({ onSignedOut }: SignOutEverywhereProps) {
  const logout = useLogoutEverywhere();
  return (
    <section className="form" aria-labelledby="sign-out-everywhere-title">
      <h2 id="sign-out-everywhere-title">Signed in elsewhere?</h2>
      <p>Sign out of every browser and device that uses your account, this one included.</p>
      {logout.isError ? (
        <p className="banner banner--error" role="alert">
          {userMessage(logout.error)}
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: onSignedOut })}
      >
        Sign out everywhere
      </button>
    </section>
  );
}
