import { describeCountdown, formatCountdown, useRemaining } from '../countdown';

interface HoldCountdownProps {
  /** When the hold ends (this browser's clock), or null while there is none yet. */
  deadline: number | null;
  /** Placing the hold (or placing it again) is under way. */
  pending: boolean;
  onHoldAgain: () => void;
}

export const HOLD_ENDED_MESSAGE =
  'Your hold has ended: the items are no longer reserved for you. You can still check out if they are available.';

/**
 * "Items held for you for 9:41" while the hold lasts; once it ends, what that means and a way to hold
 * the items again. Keeps one line's height while the hold is being placed.
 */
export function HoldCountdown({ deadline, pending, onHoldAgain }: HoldCountdownProps) {
  const remaining = useRemaining(deadline);

  if (deadline === null) {
    return (
      <p className="hold" aria-live="polite">
        {pending ? 'Reserving your items…' : null}
      </p>
    );
  }
  if (remaining > 0) {
    return (
      <div className="hold">
        <p
          className="hold__timer"
          role="timer"
          aria-label={`Items held for you for ${describeCountdown(remaining)}`}
        >
          Items held for you for <strong>{formatCountdown(remaining)}</strong>
        </p>
        <p className="visually-hidden" aria-live="polite">
          {remaining <= 60_000 ? 'Your hold ends in less than a minute.' : ''}
        </p>
      </div>
    );
  }
  return (
    <div className="banner banner--warning hold hold--ended" role="status">
      <p>{HOLD_ENDED_MESSAGE}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={onHoldAgain}
        disabled={pending}
      >
        {pending ? 'Holding…' : 'Hold again'}
      </button>
    </div>
  );
}
