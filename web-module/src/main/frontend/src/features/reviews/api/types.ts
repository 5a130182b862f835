import type { Schema } from '@/api/types';

/* The reviews API's bodies, as the API's OpenAPI document describes them (docs/api.md, "Reviews"). */

export type ReviewReply = Schema<'Reply'>;

export type Review = Schema<'ReviewView'>;

export type ReviewsPage = Schema<'ReviewViewPage'>;

export type RatingSummary = Schema<'RatingSummary'>;

export const REVIEW_SORTS = ['newest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** What a buyer writes (ReviewRequest without the order item); `text` may be empty. */
export type ReviewDraft = Required<Pick<Schema<'ReviewRequest'>, 'stars' | 'text'>>;
