/*
 * Shapes of the reviews API (ReviewView and RatingSummary in ejb-module's reviews package; docs/api.md,
 * "Reviews"). Written by hand like the other features' types; when src/api/schema.d.ts is next
 * regenerated from a running marketplace they become aliases of the generated types.
 */

export interface ReviewReply {
  text: string;
  createdAt: string;
  updatedAt: string;
  hiddenReason?: string | null;
}

export interface Review {
  id: number;
  orderItemId: number;
  productId: number;
  productTitle: string;
  shopId: number;
  shopName: string;
  author: string;
  stars: number;
  text: string;
  photo?: string | null;
  photoThumbnail?: string | null;
  createdAt: string;
  updatedAt: string;
  /** Only in the author's own view. */
  editableUntil?: string | null;
  /** Why support hid it; only for its author. */
  hiddenReason?: string | null;
  reply?: ReviewReply | null;
}

export interface ReviewsPage {
  items: Review[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
}

export interface RatingSummary {
  average: number;
  count: number;
  /** 5 stars first. */
  distribution: { stars: number; count: number }[];
}

export const REVIEW_SORTS = ['newest', 'highest', 'lowest'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** What a buyer writes; `text` may be empty. */
export interface ReviewDraft {
  stars: number;
  text: string;
}
