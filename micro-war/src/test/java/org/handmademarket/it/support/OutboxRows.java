package org.handmademarket.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes outbox rows as the catalogue and checkout write them (see the contract in {@code
 * search.outbox.OutboxEvents}), so that search tests need neither feature.
 */
public final class OutboxRows {

  private OutboxRows() {}

  public static void productChanged(Connection connection, long productId) throws SQLException {
    insert(connection, "PRODUCT", productId, "product.changed");
  }

  public static void stockChanged(Connection connection, long productId) throws SQLException {
    insert(connection, "PRODUCT", productId, "product.stock-changed");
  }

  public static void shopChanged(Connection connection, long shopId) throws SQLException {
    insert(connection, "SHOP", shopId, "shop.changed");
  }

  static void insert(
      Connection connection, String aggregateType, long aggregateId, String eventType)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outbox (aggregate_type, aggregate_id, event_type) VALUES (?, ?, ?)")) {
      insert.setString(1, aggregateType);
      insert.setLong(2, aggregateId);
      insert.setString(3, eventType);
      insert.executeUpdate();
    }
  }
}
