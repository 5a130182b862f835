import { useState, type FormEvent } from 'react';
import { userMessage } from '@/lib/api-problem';
import { useMailPreferences, useSaveMailPreferences } from '../api/mail-preferences';

/** The shopper's choice of optional mails; the mails every order needs are listed, not offered. */
export function MailPreferencesForm() {
  const preferences = useMailPreferences();
  const save = useSaveMailPreferences();
  const [reviewInvitations, setReviewInvitations] = useState<boolean | null>(null);

  if (preferences.isPending) return <p role="status">Loading your choices…</p>;
  if (preferences.isError) {
    return (
      <p className="banner banner--error" role="alert">
        {userMessage(preferences.error)}
      </p>
    );
  }
  const checked = reviewInvitations ?? preferences.data.reviewInvitations;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ reviewInvitations: checked });
  };

  return (
    <form className="form" onSubmit={onSubmit}>
      {save.isError ? (
        <p className="banner banner--error" role="alert">
          {userMessage(save.error)}
        </p>
      ) : null}
      {save.isSuccess ? (
        <p className="banner banner--success" role="status">
          Saved.
        </p>
      ) : null}
      <label className="form__check">
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            save.reset();
            setReviewInvitations(event.target.checked);
          }}
        />
        Invitations to review what you bought, a few days after it arrives
      </label>
      <p>
        Mails about your orders (placed, shipped, delivered, cancelled, refunded) and your account
        (confirming your address, resetting your password) always come: they are part of buying.
      </p>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
