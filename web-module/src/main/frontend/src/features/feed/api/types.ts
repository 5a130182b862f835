import type { Schema } from '@/api/types';

/* `GET /api/feed`, as the API's OpenAPI document describes it. */

export type FeedSection = Schema<'FeedSection'>;

export type Feed = Schema<'FeedView'>;
