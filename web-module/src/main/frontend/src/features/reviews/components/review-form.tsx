import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { isApiProblem, userMessage } from '@/lib/api-problem';
import { formatDateTime } from '@/utils/format';
import { useMyReviewOf } from '../api/get-my-reviews';
import { useSaveReview } from '../api/save-review';
import type { Review } from '../api/types';
import { MAX_REVIEW_TEXT, validateReview, type ReviewErrors } from '../review-validation';

interface ReviewFormProps {
  orderItemId: number;
  productId: number;
  productTitle: string;
}

/** "Leave a review" for an item of the buyer's order, or a change to the review they left. */
export function ReviewForm(props: ReviewFormProps) {
  const { review, isPending } = useMyReviewOf(props.orderItemId);
  if (isPending) return <Skeleton width="100%" height="16em" />;
  // Not keyed by the review: saving refetches the buyer's reviews, and the editor must stay (and
  // say thank you) when the new review appears in them.
  return <ReviewEditor {...props} review={review} />;
}

function ReviewEditor({
  orderItemId,
  productId,
  productTitle,
  review,
}: ReviewFormProps & { review: Review | undefined }) {
  const id = useId();
  const [stars, setStars] = useState(review?.stars ?? 0);
  const [text, setText] = useState(review?.text ?? '');
  const [photo, setPhoto] = useState<File | undefined>();
  const [errors, setErrors] = useState<ReviewErrors>({});
  const save = useSaveReview();
  // When the form opened: whether the edit window is still open is decided once, not per render.
  const [openedAt] = useState(() => Date.now());
  const closed =
    review?.editableUntil !== undefined &&
    review.editableUntil !== null &&
    Date.parse(review.editableUntil) <= openedAt;

  if (save.isSuccess) {
    return (
      <div className="banner banner--success" role="status">
        <p>Thank you! Your review of {productTitle} is saved.</p>
        <p>
          <Link to="/products/$productId" params={{ productId: String(productId) }}>
            See it on the item's page
          </Link>
        </p>
      </div>
    );
  }
  if (closed && review) {
    return (
      <p>
        You reviewed this item on {formatDateTime(review.createdAt)}; reviews can be changed for 30
        days after they are written.
      </p>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const draft = { stars, text };
    const found = validateReview(draft, photo);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(
      { orderItemId, reviewId: review?.id, draft, photo },
      {
        onError: (error) => {
          if (!isApiProblem(error)) return;
          const fromApi: ReviewErrors = {};
          for (const { field, message } of error.fieldErrors) {
            const name = field.split('.').pop();
            if (name === 'stars' || name === 'text') fromApi[name] = `This ${message}.`;
          }
          setErrors(fromApi);
        },
      },
    );
  }

  return (
    <form className="review-form" onSubmit={submit} noValidate>
      {review?.hiddenReason ? (
        <p className="banner banner--warning">
          Our support team hid this review: {review.hiddenReason}
        </p>
      ) : null}
      <fieldset
        className={errors.stars ? 'review-form__stars field--invalid' : 'review-form__stars'}
        aria-describedby={errors.stars ? `${id}-stars-error` : undefined}
      >
        <legend>Your rating</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className="review-form__star">
            <input
              type="radio"
              name="stars"
              value={value}
              checked={stars === value}
              onChange={() => setStars(value)}
            />
            <span aria-hidden="true">{value <= stars ? '★' : '☆'}</span>
            <span className="visually-hidden">
              {value} {value === 1 ? 'star' : 'stars'}
            </span>
          </label>
        ))}
        {errors.stars ? (
          <p id={`${id}-stars-error`} className="field__error">
            {errors.stars}
          </p>
        ) : null}
      </fieldset>
      <div className={errors.text ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-text`}>Your review (optional)</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`${id}-count${errors.text ? ` ${id}-text-error` : ''}`}
        />
        <p id={`${id}-count`} className="field__hint">
          {text.trim().length.toLocaleString('en-US')} of {MAX_REVIEW_TEXT.toLocaleString('en-US')}{' '}
          characters
        </p>
        {errors.text ? (
          <p id={`${id}-text-error`} className="field__error">
            {errors.text}
          </p>
        ) : null}
      </div>
      <div className={errors.photo ? 'field field--invalid' : 'field'}>
        <label htmlFor={`${id}-photo`}>
          {review?.photo ? 'Replace your photo (optional)' : 'Add a photo (optional)'}
        </label>
        <input
          id={`${id}-photo`}
          type="file"
          name="photo"
          accept="image/jpeg,image/png,image/webp"
          onChange={(event) => setPhoto(event.target.files?.[0])}
          aria-invalid={errors.photo ? true : undefined}
          aria-describedby={errors.photo ? `${id}-photo-error` : undefined}
        />
        {errors.photo ? (
          <p id={`${id}-photo-error`} className="field__error">
            {errors.photo}
          </p>
        ) : null}
      </div>
      {save.error && Object.keys(errors).length === 0 ? (
        <p className="banner banner--error" role="alert">
          {userMessage(save.error)}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {review ? 'Save changes' : 'Post review'}
      </button>
    </form>
  );
}
