import type { ProductCardData } from '@/components/product-card';

/*
 * Shape of `GET /api/feed` as issue 6 gives it. Written by hand because the feed resource is not in the
 * API's OpenAPI document yet; when it is, this becomes an alias of the generated type.
 */

export interface FeedSection {
  /** Stable name of the section ("trending", "based-on-favorites", ...), credited on clicks. */
  key?: string;
  title: string;
  reason?: string;
  products: ProductCardData[];
}

export interface Feed {
  sections: FeedSection[];
  /** The A/B variant the shopper is assigned to (signed-in shoppers). */
  variant?: string;
}
