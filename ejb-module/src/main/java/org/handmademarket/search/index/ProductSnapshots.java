package org.handmademarket.search.index;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads listings from PostgreSQL, the source of truth, in the shape the index stores them. Search
 * has its own read model: plain SQL over the catalogue's published views ({@code catalog_listings},
 * {@code catalog_categories}), so that it needs none of the catalogue's entities and reads a page
 * of a thousand listings in one statement.
 *
 * <p>A listing is searchable while it is on sale ({@code ACTIVE}) in a shop shoppers see: the
 * view's {@code on_sale}. Listings out of stock stay searchable documents with {@code quantity} 0:
 * queries filter them out, and a restock only has to update the quantity.
 */
public final class ProductSnapshots {

  /** The database clock at the start of the statement, in microseconds: the snapshot's version. */
  private static final String VERSION =
      "(SELECT (extract(epoch FROM statement_timestamp()) * 1000000)::bigint AS version) v";

  private static final String COLUMNS =
      """
      v.version, p.id, p.title, p.description, p.price, p.quantity, p.is_vintage, p.is_handmade,
      p.created_at, p.category_id, p.shop_name, p.shop_slug, p.shop_id, p.shop_rating,
      p.shop_sales_count, coalesce(r.review_count, 0) AS review_count,
      coalesce(r.star_sum, 0) AS star_sum, p.on_sale AS searchable, p.tags, p.materials,
      p.thumbnail_key AS image
      """;

  private static final String PAGE =
      "SELECT "
          + COLUMNS
          + ", p.id AS requested_id FROM catalog_listings p"
          + " LEFT JOIN listing_ratings r ON r.product_id = p.id"
          + " CROSS JOIN "
          + VERSION
          + " WHERE p.id > ? AND p.on_sale"
          + " ORDER BY p.id LIMIT ?";

  private static final String BY_IDS =
      "SELECT "
          + COLUMNS
          + ", ids.id AS requested_id FROM unnest(?::bigint[]) AS ids(id)"
          + " CROSS JOIN "
          + VERSION
          + " LEFT JOIN catalog_listings p ON p.id = ids.id"
          + " LEFT JOIN listing_ratings r ON r.product_id = p.id";

  private static final String COUNT = "SELECT count(*) FROM catalog_listings WHERE on_sale";

  private final DataSource dataSource;

  public ProductSnapshots(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Up to {@code limit} searchable listings with ids above {@code afterId}, in id order. */
  public List<ProductSnapshot> searchablePage(long afterId, int limit) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement page = connection.prepareStatement(PAGE)) {
      Map<Long, CategoryPath> categories = CategoryPath.load(connection);
      page.setLong(1, afterId);
      page.setInt(2, limit);
      return read(page, categories);
    }
  }

  public long countSearchable() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery(COUNT)) {
      count.next();
      return count.getLong(1);
    }
  }

  /**
   * The current state of each listing: one snapshot per id, unsearchable for ids that do not exist.
   */
  public List<ProductSnapshot> current(Collection<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement byIds = connection.prepareStatement(BY_IDS)) {
      Map<Long, CategoryPath> categories = CategoryPath.load(connection);
      byIds.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
      return read(byIds, categories);
    }
  }

  private static List<ProductSnapshot> read(
      PreparedStatement statement, Map<Long, CategoryPath> categories) throws SQLException {
    List<ProductSnapshot> snapshots = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong("requested_id");
        long version = rows.getLong("version");
        boolean searchable = rows.getBoolean("searchable");
        snapshots.add(
            new ProductSnapshot(id, version, searchable ? document(rows, categories) : null));
      }
    }
    return snapshots;
  }

  private static ProductDocument document(ResultSet row, Map<Long, CategoryPath> categories)
      throws SQLException {
    String title = row.getString("title");
    double shopRating = row.getBigDecimal("shop_rating").doubleValue();
    int shopSalesCount = row.getInt("shop_sales_count");
    int quantity = row.getInt("quantity");
    CategoryPath category = categories.get(row.getLong("category_id"));
    BigDecimal price = row.getBigDecimal("price");
    int reviewCount = row.getInt("review_count");
    long starSum = row.getLong("star_sum");
    return new ProductDocument(
        row.getLong("id"),
        title,
        row.getString("description"),
        strings(row.getArray("tags")),
        strings(row.getArray("materials")),
        new ProductDocument.Category(
            category.slug(), category.name(), category.top(), category.path()),
        row.getLong("shop_id"),
        row.getString("shop_name"),
        row.getString("shop_slug"),
        shopRating,
        shopSalesCount,
        price,
        row.getBoolean("is_vintage"),
        row.getBoolean("is_handmade"),
        quantity,
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        row.getString("image"),
        reviewCount == 0 ? 0 : Math.round(100.0 * starSum / reviewCount) / 100.0,
        reviewCount,
        BayesianRating.of(starSum, reviewCount),
        quantity > 0
            ? new ProductDocument.Completion(
                SuggestInputs.of(title), Popularity.weight(shopRating, shopSalesCount))
            : null);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** A category with the slugs from its top-level ancestor down to itself. */
  record CategoryPath(String slug, String name, List<String> path) {

    String top() {
      return path.get(0);
    }

    /** The taxonomy is a few dozen rows: read whole, once per statement that needs it. */
    static Map<Long, CategoryPath> load(Connection connection) throws SQLException {
      record Row(long id, Long parentId, String slug, String name) {}
      Map<Long, Row> rows = new HashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet result =
              statement.executeQuery("SELECT id, parent_id, slug, name FROM catalog_categories")) {
        while (result.next()) {
          long parent = result.getLong("parent_id");
          rows.put(
              result.getLong("id"),
              new Row(
                  result.getLong("id"),
                  result.wasNull() ? null : parent,
                  result.getString("slug"),
                  result.getString("name")));
        }
      }
      Map<Long, CategoryPath> paths = new HashMap<>();
      for (Row row : rows.values()) {
        List<String> path = new ArrayList<>();
        Row current = row;
        // A taxonomy is shallow; the bound only guards against a parent cycle in bad data.
        for (int depth = 0; current != null && depth < 16; depth++) {
          path.add(0, current.slug());
          current = current.parentId() == null ? null : rows.get(current.parentId());
        }
        paths.put(row.id(), new CategoryPath(row.slug(), row.name(), List.copyOf(path)));
      }
      return paths;
    }
  }
}
