import { formatPrice } from '@/utils/format';
import { describeChange, type TotalsChanged } from '../problems';

interface TotalsChangedBannerProps {
  changed: TotalsChanged;
  /** Placing the order with the new total is under way. */
  pending: boolean;
  onConfirm: () => void;
}

/**
 * The total changed between what the buyer saw and what the shops charge now (a price, or a shop's
 * shipping): nothing was charged; what changed, the new total, and one button to agree to it.
 */
export function TotalsChangedBanner({ changed, pending, onConfirm }: TotalsChangedBannerProps) {
  return (
    <div className="banner banner--warning totals-changed" role="alert">
      <p>
        <strong>The total has changed since you last saw it.</strong> Nothing was charged.
      </p>
      {changed.changes.length ? (
        <ul aria-label="What changed">
          {changed.changes.map((change) => (
            <li
              key={change.kind === 'price' ? `price-${change.productId}` : `ship-${change.shopId}`}
            >
              {describeChange(change)}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        New total: <strong>{formatPrice(changed.total)}</strong>
        {changed.expectedTotal !== undefined ? (
          <> (was {formatPrice(changed.expectedTotal)})</>
        ) : null}
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={onConfirm}
        disabled={pending}
      >
        {pending ? 'Placing your order…' : 'Confirm new total'}
      </button>
    </div>
  );
}
