import type { ReviewDraft } from './api/types';

export const MAX_REVIEW_TEXT = 2000;

// Line breaks and tabs are text; the API refuses every other control character.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type ReviewErrors = Partial<Record<'stars' | 'text' | 'photo', string>>;

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The API's rules, checked before sending so that the buyer hears at once what to fix. */
export function validateReview(draft: ReviewDraft, photo?: File): ReviewErrors {
  const errors: ReviewErrors = {};
  if (!Number.isInteger(draft.stars) || draft.stars < 1 || draft.stars > 5) {
    errors.stars = 'Choose 1 to 5 stars.';
  }
  const text = draft.text.trim();
  if (text.length > MAX_REVIEW_TEXT) {
    errors.text = `Keep it to ${MAX_REVIEW_TEXT.toLocaleString('en-US')} characters.`;
  } else if (CONTROL.test(text)) {
    errors.text = 'Remove the invisible control characters.';
  }
  if (photo && !PHOTO_TYPES.includes(photo.type)) {
    errors.photo = 'Choose a JPEG, PNG or WebP photo.';
  } else if (photo && photo.size > MAX_PHOTO_BYTES) {
    errors.photo = 'Choose a photo of at most 10 MB.';
  }
  return errors;
}
