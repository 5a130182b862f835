import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_TEXT, validateReview } from './review-validation';

describe('validateReview', () => {
  it('accepts 1 to 5 stars with or without text, line breaks included', () => {
    expect(validateReview({ stars: 1, text: '' })).toEqual({});
    expect(validateReview({ stars: 5, text: 'Lovely glaze,\nsturdy handle.' })).toEqual({});
  });

  it('refuses 0 or 6 stars, text over 2,000 characters and control characters', () => {
    expect(validateReview({ stars: 0, text: '' }).stars).toBeDefined();
    expect(validateReview({ stars: 6, text: '' }).stars).toBeDefined();
    expect(validateReview({ stars: 4, text: 'x'.repeat(MAX_REVIEW_TEXT + 1) }).text).toBeDefined();
    expect(validateReview({ stars: 4, text: 'x'.repeat(MAX_REVIEW_TEXT) }).text).toBeUndefined();
    expect(validateReview({ stars: 4, text: 'bell\u0007' }).text).toBeDefined();
  });

  it('refuses a photo that is not a JPEG, PNG or WebP', () => {
    const notAnImage = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    expect(validateReview({ stars: 4, text: '' }, notAnImage).photo).toBeDefined();
    const photo = new File(['x'], 'mug.jpg', { type: 'image/jpeg' });
    expect(validateReview({ stars: 4, text: '' }, photo)).toEqual({});
  });
});
