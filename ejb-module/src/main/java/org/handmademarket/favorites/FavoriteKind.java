package org.handmademarket.favorites;

/**
 * What can be favorited, with the SQL that finds it: {@link #visible} matches what shoppers may see
 * (a listing on sale or sold out in an active shop, an active shop).
 */
enum FavoriteKind {
  PRODUCT(
      "products",
      "listing",
      "SELECT p.favorite_count FROM products p JOIN shops s ON s.id = p.shop_id"
          + " WHERE p.id = ?1 AND p.status IN ('ACTIVE', 'SOLD_OUT') AND s.status = 'ACTIVE'"),
  SHOP("shops", "shop", "SELECT favorite_count FROM shops WHERE id = ?1 AND status = 'ACTIVE'");

  final String table;
  final String noun;
  final String visible;

  FavoriteKind(String table, String noun, String visible) {
    this.table = table;
    this.noun = noun;
    this.visible = visible;
  }
}
