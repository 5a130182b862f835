import type { Schema } from '@/api/types';

/* The favorites endpoints (`/api/favorites`), as the API's OpenAPI document describes them. */

/** What can be favorited, as it appears in the API's paths. */
export type FavoriteKind = 'products' | 'shops';

/** A favorited shop as the favorites page lists it. */
export type FavoriteShop = Schema<'ShopCard'>;

/** `GET /api/favorites`, newest first. */
export type Favorites = Schema<'FavoritesView'>;

/** `GET`, `POST` and `DELETE /api/favorites/{kind}/{id}`. */
export type FavoriteState = Schema<'FavoriteState'>;
