package org.handmademarket.live;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Duration;
import org.handmademarket.checkout.orders.OrderStatusChanged;
import org.handmademarket.checkout.placing.NewShopOrder;
import org.handmademarket.inventory.StockChanged;
import org.handmademarket.platform.cache.CacheFailurePolicy;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * Publishes committed stock changes, order moves and new orders on the live channel, for every
 * instance (this one included) to hand to its watchers. Runs on the committing thread right after
 * the commit: a publish is one short Redis command. A failed publish is lost, which live updates
 * can afford: clients resync when they reconnect, and checkout decides on stock by itself. After a
 * failure Redis is left alone for a moment, so an outage costs one timeout rather than one per
 * change ({@link CacheFailurePolicy}).
 */
@ApplicationScoped
public class LiveUpdates {

  /** The Redis channel every instance publishes on and listens to. */
  static final String CHANNEL = RedisConnection.BUCKET + ":live";

  private static final Duration BACK_OFF = Duration.ofSeconds(2);

  @Inject RedisCommands redis;

  private final CacheFailurePolicy policy =
      CacheFailurePolicy.pausing("live updates are not published", BACK_OFF);

  void stockChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockChanged change) {
    publish(
        JSON.createObjectBuilder()
            .add("type", "availability")
            .add(Topic.Kind.LISTING.field(), change.productId())
            .add("available", change.available())
            .add("status", change.status())
            .add("held", change.held())
            .add(
                "heldUntil",
                change.heldUntil() == null
                    ? JsonValue.NULL
                    : JSON.createValue(change.heldUntil().toInstant().toString()))
            .build()
            .toString());
  }

  void orderMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged change) {
    publish(
        JSON.createObjectBuilder()
            .add("type", "order")
            .add(Topic.Kind.ORDER.field(), change.orderId())
            .add("status", change.status().name())
            .build()
            .toString());
  }

  void orderPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewShopOrder order) {
    publish(
        JSON.createObjectBuilder()
            .add("type", "new-order")
            .add(Topic.Kind.SELLER.field(), order.sellerId())
            .add("orderId", order.orderId())
            .add("subtotal", order.subtotal().toPlainString())
            .add("lines", order.lines())
            .build()
            .toString());
  }

  private void publish(String message) {
    policy.write(() -> redis.publish(CHANNEL, message));
  }
}
