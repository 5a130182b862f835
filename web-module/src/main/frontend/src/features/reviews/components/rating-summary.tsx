import { Stars } from '@/components/stars';
import { formatCount } from '@/utils/format';
import type { RatingSummary as Summary } from '../api/types';

/** The average, the count and one bar per number of stars, 5 first. */
export function RatingSummary({ summary }: { summary: Summary }) {
  return (
    <div className="rating-summary">
      <p className="rating-summary__average">
        <span className="rating-summary__number">{Number(summary.average).toFixed(1)}</span>
        <Stars rating={Number(summary.average)} count={summary.count} />
      </p>
      <ul className="rating-summary__bars" aria-label="Reviews by stars">
        {summary.distribution.map(({ stars, count }) => {
          const share = summary.count === 0 ? 0 : Math.round((100 * count) / summary.count);
          return (
            <li key={stars} className="rating-summary__bar">
              <span>{stars} stars</span>
              <span className="rating-summary__track" aria-hidden="true">
                <span className="rating-summary__fill" style={{ width: `${share}%` }} />
              </span>
              <span>
                {formatCount(count)}
                <span className="visually-hidden"> ({share}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
