import { Stars } from '@/components/stars';
import { formatDateTime } from '@/utils/format';
import type { Review } from '../api/types';

interface ReviewListProps {
  reviews: Review[];
  /** Shows which listing each review is of (on a shop's page). */
  showListing?: boolean;
}

/** Reviews as shoppers read them: stars, words, photo, and the shop's answer. */
export function ReviewList({ reviews, showListing = false }: ReviewListProps) {
  return (
    <ol className="review-list">
      {reviews.map((review) => (
        <li key={review.id} className="review">
          <p className="review__head">
            <Stars rating={review.stars} />
            <span className="review__author">{review.author}</span>
            <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>
          </p>
          {showListing ? <p className="review__listing">{review.productTitle}</p> : null}
          {review.text ? <p className="review__text">{review.text}</p> : null}
          {review.photoThumbnail && review.photo ? (
            <a href={review.photo} className="review__photo">
              <img
                src={review.photoThumbnail}
                alt={`Photo from ${review.author}'s review`}
                loading="lazy"
              />
            </a>
          ) : null}
          {review.reply ? (
            <div className="review__reply">
              <p className="review__reply-head">Reply from {review.shopName}</p>
              <p className="review__text">{review.reply.text}</p>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
