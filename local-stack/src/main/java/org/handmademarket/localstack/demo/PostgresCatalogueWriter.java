package org.handmademarket.localstack.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a generated catalogue into the marketplace schema with COPY, on one connection inside the
 * caller's transaction: a load either lands completely or not at all, so a failed or interrupted
 * load leaves an empty database that the next start simply loads again.
 *
 * <p>Users, shops and products get their generated ids explicitly (COPY accepts values for {@code
 * GENERATED ALWAYS} identity columns); {@link #finish()} moves the identity sequences past them so
 * that rows the application inserts later continue from there. Image, favourite and view rows let
 * the database number them.
 */
final class PostgresCatalogueWriter implements CatalogueSink {

  private final Connection connection;
  private final CopyManager copy;
  private long listings;
  private long tags;
  private long materials;
  private long images;

  PostgresCatalogueWriter(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  @Override
  public void users(List<DemoUser> users) throws SQLException {
    try (CopyStream rows =
        new CopyStream(
            copy,
            "users",
            "id, email, display_name, password_hash, created_at, updated_at, email_verified_at")) {
      for (DemoUser user : users) {
        // Demo accounts are as if their owners had followed the mailed link long ago.
        rows.number(user.id())
            .text(user.email())
            .text(user.displayName())
            .text(user.passwordHash())
            .time(user.createdAt())
            .time(user.createdAt())
            .time(user.createdAt());
        rows.endRow();
      }
      rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "user_roles", "user_id, role")) {
      for (DemoUser user : users) {
        for (String role : user.roles()) {
          rows.number(user.id()).text(role);
          rows.endRow();
        }
      }
      rows.finish();
    }
  }

  @Override
  public void shops(List<DemoShop> shops) throws SQLException {
    try (CopyStream rows =
        new CopyStream(
            copy,
            "shops",
            "id, owner_id, name, slug, tagline, description, location, shipping_policy, rating,"
                + " rating_count, sales_count, favorite_count, created_at, updated_at")) {
      for (DemoShop shop : shops) {
        rows.number(shop.id())
            .number(shop.ownerId())
            .text(shop.name())
            .text(shop.slug())
            .text(shop.tagline())
            .text(shop.description())
            .text(shop.location())
            .text(shop.shippingPolicy())
            .text(shop.rating().toPlainString())
            .number(shop.ratingCount())
            .number(shop.salesCount())
            .number(shop.favoriteCount())
            .time(shop.createdAt())
            .time(shop.createdAt());
        rows.endRow();
      }
      rows.finish();
    }
    DemoShipping.write(copy, shops);
  }

  @Override
  public void listings(List<DemoListing> batch) throws SQLException {
    try (CopyStream rows =
        new CopyStream(
            copy,
            "products",
            "id, shop_id, category_id, title, description, price, quantity, is_vintage,"
                + " is_handmade, status, favorite_count, created_at, updated_at")) {
      for (DemoListing listing : batch) {
        rows.number(listing.id())
            .number(listing.shopId())
            .number(listing.categoryId())
            .text(listing.title())
            .text(listing.description())
            .money(listing.priceCents())
            .number(listing.quantity())
            .bool(listing.vintage())
            .bool(listing.handmade())
            .text(listing.status().name())
            .number(listing.favoriteCount())
            .time(listing.createdAt())
            .time(listing.updatedAt());
        rows.endRow();
      }
      listings += rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "product_tags", "product_id, tag")) {
      for (DemoListing listing : batch) {
        for (String tag : listing.tags()) {
          rows.number(listing.id()).text(tag);
          rows.endRow();
        }
      }
      tags += rows.finish();
    }
    try (CopyStream rows = new CopyStream(copy, "product_materials", "product_id, material")) {
      for (DemoListing listing : batch) {
        for (String material : listing.materials()) {
          rows.number(listing.id()).text(material);
          rows.endRow();
        }
      }
      materials += rows.finish();
    }
    try (CopyStream rows =
        new CopyStream(
            copy,
            "product_images",
            "product_id, position, storage_key, thumbnail_key, content_type, width, height,"
                + " created_at")) {
      for (DemoListing listing : batch) {
        List<DemoImage> photos = listing.images();
        for (int position = 0; position < photos.size(); position++) {
          DemoImage photo = photos.get(position);
          rows.number(listing.id())
              .number(position)
              .text(photo.storageKey())
              .text(photo.thumbnailKey())
              .text("image/jpeg")
              .number(photo.width())
              .number(photo.height())
              .time(listing.createdAt());
          rows.endRow();
        }
      }
      images += rows.finish();
    }
  }

  /**
   * The activity is generated back from the fixed {@link CatalogueGenerator#BASE} and written as
   * recent: shifted so that BASE is now, so that trending, which looks at the last days, has
   * something to rank whenever the demo is loaded.
   */
  @Override
  public void activity(ShopperActivity activity) throws SQLException {
    Duration shift = Duration.between(CatalogueGenerator.BASE, Instant.now());
    try (CopyStream rows =
        new CopyStream(
            copy, "favorites", "user_id, favoritable_type, favoritable_id, created_at")) {
      for (ShopperActivity.Favorite favorite : activity.favorites()) {
        rows.number(favorite.userId())
            .text(favorite.type())
            .number(favorite.targetId())
            .time(favorite.createdAt().plus(shift));
        rows.endRow();
      }
      rows.finish();
    }
    try (CopyStream rows =
        new CopyStream(copy, "product_views", "user_id, product_id, viewed_at")) {
      for (ShopperActivity.View view : activity.views()) {
        rows.number(view.userId()).number(view.productId()).time(view.viewedAt().plus(shift));
        rows.endRow();
      }
      rows.finish();
    }
    // The generated counters stand for shoppers outside the demo; the demo shoppers' own favourites
    // come on top, so that un-favouriting one never drives a counter below what the table holds.
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE products p SET favorite_count = p.favorite_count + f.n FROM (SELECT"
              + " favoritable_id, count(*) n FROM favorites WHERE favoritable_type = 'PRODUCT'"
              + " GROUP BY favoritable_id) f WHERE p.id = f.favoritable_id");
      statement.executeUpdate(
          "UPDATE shops s SET favorite_count = s.favorite_count + f.n FROM (SELECT favoritable_id,"
              + " count(*) n FROM favorites WHERE favoritable_type = 'SHOP' GROUP BY"
              + " favoritable_id) f WHERE s.id = f.favoritable_id");
    }
  }

  /**
   * Moves the identity sequences past the explicit ids, so that the application's inserts continue.
   */
  void finish() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String table : List.of("users", "shops", "products")) {
        statement.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM "
                + table
                + "), false)");
      }
    }
  }

  long listingRows() {
    return listings;
  }

  long tagRows() {
    return tags;
  }

  long materialRows() {
    return materials;
  }

  long imageRows() {
    return images;
  }
}
