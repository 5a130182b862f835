import type { Schema } from '@/api/types';

/* `GET /api/search` and `GET /api/search/suggest`, as the API's OpenAPI document describes them. */

export type SearchHit = Schema<'ProductHit'>;

export type FacetBucket = Schema<'FacetCount'>;

export type SearchResponse = Schema<'SearchResult'>;

/** One typeahead entry: a listing's title, and the listing it opens (none for a plain-text entry). */
export type Suggestion = Omit<Schema<'Suggestion'>, 'id'> & { id?: number };
