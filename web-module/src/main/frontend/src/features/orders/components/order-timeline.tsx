import { formatDateTime } from '@/utils/format';
import type { Order } from '../api/types';
import { stepLabel, USUAL_ROUTE } from '../order-status';

/**
 * Where the order has been, newest step last, followed by the usual steps still ahead (greyed) while
 * the order is on its normal road; a cancelled or refunded order shows only what happened.
 */
export function OrderTimeline({ order }: { order: Order }) {
  const moves = order.timeline ?? [];
  const reached = new Set(moves.map((move) => move.to));
  const onUsualRoute = (USUAL_ROUTE as readonly string[]).includes(order.status);
  const ahead = onUsualRoute ? USUAL_ROUTE.filter((status) => !reached.has(status)) : [];
  return (
    <ol className="timeline" aria-label="Order progress">
      {moves.map((move, index) => (
        <li
          key={`${move.to}-${move.at}`}
          className="timeline__step timeline__step--done"
          aria-current={index === moves.length - 1 ? 'step' : undefined}
        >
          <strong>{stepLabel(move.to)}</strong>
          <time dateTime={move.at}>{formatDateTime(move.at)}</time>
          {move.note && move.note.toLowerCase() !== stepLabel(move.to).toLowerCase() ? (
            <span className="timeline__note">{move.note}</span>
          ) : null}
        </li>
      ))}
      {ahead.map((status) => (
        <li key={status} className="timeline__step timeline__step--ahead">
          <strong>{stepLabel(status)}</strong>
        </li>
      ))}
    </ol>
  );
}
