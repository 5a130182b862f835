package org.handmademarket.search.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.handmademarket.platform.outbox.OutboxAggregate;
import org.handmademarket.platform.outbox.OutboxConsumer;
import org.handmademarket.platform.outbox.OutboxEventType;

/**
 * The outbox rows that concern search, in SQL: the types {@link OutboxEventType} lists for {@link
 * OutboxConsumer#SEARCH_INDEX}. A listing's event re-indexes the listing; a shop's event re-indexes
 * every listing of the shop.
 *
 * <p>The payload is not read: the indexer always re-reads the current state, so events may arrive
 * late, twice or out of order. Rows of other types are left for their own consumers.
 */
public final class OutboxEvents {

  private static final String OURS = OutboxEventType.rowsFor(OutboxConsumer.SEARCH_INDEX);

  /**
   * Due rows, oldest first, locked for this transaction. SKIP LOCKED lets a second instance take
   * the next rows instead of waiting, so instances share the work and never index the same event
   * twice at the same time.
   */
  private static final String CLAIM =
      "SELECT id, aggregate_type, aggregate_id, event_type, attempts FROM outbox"
          + " WHERE processed_at IS NULL AND next_attempt_at <= now() AND "
          + OURS
          + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

  private static final String PROCESSED =
      "UPDATE outbox SET processed_at = now(), last_error = NULL WHERE id = ANY(?)";

  private static final String FAILED =
      "UPDATE outbox SET attempts = attempts + 1, last_error = ?,"
          + " next_attempt_at = now() + ? * interval '1 millisecond' WHERE id = ?";

  private static final String OLDEST_PENDING =
      "SELECT min(created_at) FROM outbox WHERE processed_at IS NULL AND " + OURS;

  private static final String TOUCHED_SINCE =
      "SELECT aggregate_type, aggregate_id FROM outbox WHERE (processed_at IS NULL OR processed_at >= ?)"
          + " AND "
          + OURS;

  private static final int MAX_ERROR_LENGTH = 2000;

  private OutboxEvents() {}

  static List<OutboxEvent> claim(Connection connection, int limit) throws SQLException {
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, limit);
      List<OutboxEvent> events = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          events.add(
              new OutboxEvent(
                  rows.getLong("id"),
                  rows.getString("aggregate_type"),
                  rows.getLong("aggregate_id"),
                  rows.getString("event_type"),
                  rows.getInt("attempts")));
        }
      }
      return events;
    }
  }

  static void markProcessed(Connection connection, Collection<Long> eventIds) throws SQLException {
    if (eventIds.isEmpty()) {
      return;
    }
    try (PreparedStatement processed = connection.prepareStatement(PROCESSED)) {
      processed.setArray(1, connection.createArrayOf("bigint", eventIds.toArray(Long[]::new)));
      processed.executeUpdate();
    }
  }

  /** Records a failed attempt and when to try again. */
  static void markFailed(Connection connection, OutboxEvent event, String error, Duration retryIn)
      throws SQLException {
    try (PreparedStatement failed = connection.prepareStatement(FAILED)) {
      failed.setString(
          1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
      failed.setLong(2, retryIn.toMillis());
      failed.setLong(3, event.id());
      failed.executeUpdate();
    }
  }

  /** The listings of the given shops, whatever their status (a suspension must remove them all). */
  static Set<Long> productsOfShops(Connection connection, Collection<Long> shopIds)
      throws SQLException {
    Set<Long> products = new LinkedHashSet<>();
    if (shopIds.isEmpty()) {
      return products;
    }
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id FROM products WHERE shop_id = ANY(?) ORDER BY id")) {
      query.setArray(1, connection.createArrayOf("bigint", shopIds.toArray(Long[]::new)));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          products.add(rows.getLong(1));
        }
      }
    }
    return products;
  }

  /** How long the oldest unprocessed search event has been waiting; empty when none is. */
  public static Optional<Duration> oldestPendingAge(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT now(), (" + OLDEST_PENDING + ")")) {
      row.next();
      OffsetDateTime now = row.getObject(1, OffsetDateTime.class);
      OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
      return oldest == null ? Optional.empty() : Optional.of(Duration.between(oldest, now));
    }
  }

  /** The database's clock: outbox timestamps are compared with it, never with this JVM's clock. */
  public static Instant databaseNow(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT now()")) {
      row.next();
      return row.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  /**
   * Listings that search events processed since {@code since}, or still pending, are about: what a
   * reindex that started at {@code since} may have missed.
   */
  public static Set<Long> productsTouchedSince(DataSource dataSource, Instant since)
      throws SQLException {
    Set<Long> products = new LinkedHashSet<>();
    Set<Long> shops = new LinkedHashSet<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement query = connection.prepareStatement(TOUCHED_SINCE)) {
        query.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            (OutboxAggregate.SHOP.name().equals(rows.getString(1)) ? shops : products)
                .add(rows.getLong(2));
          }
        }
      }
      products.addAll(productsOfShops(connection, shops));
    }
    return products;
  }
}
