import { formatCount } from '@/utils/format';

interface StarsProps {
  /** The average, 0 to 5. */
  rating: number;
  /** How many reviews it averages; left out for one review's own stars. */
  count?: number;
  className?: string;
}

/** "4.5 out of 5" to screen readers, to one decimal as every rating is shown. */
export function ratingLabel(rating: number, count?: number): string {
  const stars = `Rated ${rating.toFixed(1)} out of 5`;
  if (count === undefined) return stars;
  return `${stars}, ${formatCount(count)} ${count === 1 ? 'review' : 'reviews'}`;
}

/**
 * Five stars filled to the rating (to the half star), with the count of reviews beside them. The
 * stars are drawn for the eye; assistive technology reads the label.
 */
export function Stars({ rating, count, className }: StarsProps) {
  const halves = Math.round(Math.min(5, Math.max(0, rating)) * 2);
  return (
    <span
      className={className ? `stars ${className}` : 'stars'}
      role="img"
      aria-label={ratingLabel(rating, count)}
    >
      <span className="stars__glyphs" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((star) => (
          <span
            key={star}
            className={
              halves >= star * 2
                ? 'stars__star is-full'
                : halves === star * 2 - 1
                  ? 'stars__star is-half'
                  : 'stars__star'
            }
          >
            ★
          </span>
        ))}
      </span>
      {count !== undefined ? (
        <span className="stars__count" aria-hidden="true">
          ({formatCount(count)})
        </span>
      ) : null}
    </span>
  );
}
