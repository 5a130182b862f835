import type { Schema } from '@/api/types';

/* The catalogue's answers, as the API's OpenAPI document describes them (src/api/schema.d.ts). */

/** `GET /api/categories`: the taxonomy tree. */
export type CategoryNode = Schema<'CategoryNode'>;

export type ImageRef = Schema<'ImageView'>;

/** The shop as a product page shows it. */
export type ShopSummary = Schema<'ShopSummary'>;

/** `GET /api/shops/{slug}`: branding and summary. */
export type Shop = Schema<'ShopView'>;

/** `GET /api/products/{id}`. */
export type Product = Schema<'ProductView'>;

/** A listing in a shop's grid. */
export type ListingCard = Schema<'ListingCard'>;

/** `GET /api/shops/{slug}/products`: a page of a shop's listings. */
export type ShopProductsPage = Schema<'ListingCardPage'>;
