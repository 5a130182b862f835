import type { Money } from '@/utils/format';

/*
 * Shapes of `GET /api/search` and `GET /api/search/suggest` as issue 5 and the design document give
 * them. Written by hand because the search resource is not in the API's OpenAPI document yet; when it
 * is, these become aliases of the generated types in src/api/schema.d.ts.
 */

export interface SearchHit {
  id: number;
  score?: number;
  title: string;
  price: Money;
  image?: string | null;
  shopName: string;
  shopSlug?: string;
  isVintage: boolean;
  category?: string;
  /** The average of the listing's visible reviews, 0 without any. */
  rating?: number;
  ratingCount?: number;
}

export interface FacetBucket {
  key: string;
  doc_count: number;
}

export interface SearchResponse {
  products: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  facets: {
    categories: FacetBucket[];
    priceRanges: FacetBucket[];
  };
  /** The words as the catalogue spells them, when only typo tolerance found these results. */
  correctedQuery?: string | null;
}

/** One typeahead entry: a listing's title, and the listing it opens. */
export interface Suggestion {
  id?: number;
  text: string;
}
