package org.handmademarket.platform.outbox;

import static org.handmademarket.platform.outbox.OutboxConsumer.ORDER_MAILS;
import static org.handmademarket.platform.outbox.OutboxConsumer.SEARCH_INDEX;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event the outbox carries, declared once with its aggregate, its stored name ({@code
 * outbox.event_type}) and who consumes it. Producers pass one of these to {@link Outbox#record};
 * consumers select their rows with {@link #rowsFor}. It lives in the platform because producers and
 * consumers are different features that must not depend on each other for it.
 *
 * <p>The payload is for people reading the table: every consumer reads the aggregate's current
 * state back, so no consumer depends on it.
 */
public enum OutboxEventType {

  /**
   * Written by the catalogue for any edit of a listing (text, price, status, photos); {@code
   * change} in the payload says which.
   */
  PRODUCT_CHANGED(OutboxAggregate.PRODUCT, "product.changed", SEARCH_INDEX),

  /**
   * Written by inventory, the one writer of stock, whenever a listing's quantity changes (checkout,
   * cancellation, refund, a seller's edit, an expired hold).
   */
  PRODUCT_STOCK_CHANGED(OutboxAggregate.PRODUCT, "product.stock-changed", SEARCH_INDEX),

  /**
   * Written by the catalogue for any edit of a shop (name, rating, sales count, suspension): every
   * listing of the shop is indexed again.
   */
  SHOP_CHANGED(OutboxAggregate.SHOP, "shop.changed", SEARCH_INDEX),

  /** Written by checkout when an order is paid, with its totals: the seller's and buyer's mails. */
  ORDER_PLACED(OutboxAggregate.ORDER, "order.placed", ORDER_MAILS),

  /** Written by checkout when the seller ships an order: the buyer's mail. */
  ORDER_SHIPPED(OutboxAggregate.ORDER, "order.shipped", ORDER_MAILS),

  /** Written by checkout when an order is delivered: the buyer's mail and review invitation. */
  ORDER_DELIVERED(OutboxAggregate.ORDER, "order.delivered", ORDER_MAILS),

  /** Written by checkout when an order is cancelled: the buyer's and seller's mails. */
  ORDER_CANCELLED(OutboxAggregate.ORDER, "order.cancelled", ORDER_MAILS),

  /** Written by checkout when an order is refunded: the buyer's and seller's mails. */
  ORDER_REFUNDED(OutboxAggregate.ORDER, "order.refunded", ORDER_MAILS);

  private static final Map<String, OutboxEventType> BY_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(OutboxEventType::eventName, Function.identity()));

  private final OutboxAggregate aggregate;
  private final String eventName;
  private final Set<OutboxConsumer> consumers;

  OutboxEventType(OutboxAggregate aggregate, String eventName, OutboxConsumer... consumers) {
    this.aggregate = aggregate;
    this.eventName = eventName;
    this.consumers =
        consumers.length == 0
            ? EnumSet.noneOf(OutboxConsumer.class)
            : EnumSet.of(consumers[0], consumers);
  }

  public OutboxAggregate aggregate() {
    return aggregate;
  }

  /** The name stored in {@code outbox.event_type}. */
  public String eventName() {
    return eventName;
  }

  public Set<OutboxConsumer> consumers() {
    return EnumSet.copyOf(consumers);
  }

  /** The types the consumer reads, in declaration order. */
  public static List<OutboxEventType> consumedBy(OutboxConsumer consumer) {
    return Arrays.stream(values()).filter(type -> type.consumers.contains(consumer)).toList();
  }

  /**
   * The type stored under this name in a row the caller selected with {@link #rowsFor}.
   *
   * @throws IllegalArgumentException for a name no type has
   */
  public static OutboxEventType named(String eventName) {
    OutboxEventType type = BY_NAME.get(eventName);
    if (type == null) {
      throw new IllegalArgumentException("No outbox event type is named " + eventName);
    }
    return type;
  }

  /**
   * The SQL condition on {@code outbox} columns that selects the consumer's rows: its event types,
   * each with its aggregate, e.g. {@code ((aggregate_type = 'SHOP' AND event_type IN
   * ('shop.changed')))}. Built from constants only, never from input.
   */
  public static String rowsFor(OutboxConsumer consumer) {
    Map<OutboxAggregate, List<String>> names =
        consumedBy(consumer).stream()
            .collect(
                Collectors.groupingBy(
                    OutboxEventType::aggregate,
                    () -> new EnumMap<>(OutboxAggregate.class),
                    Collectors.mapping(OutboxEventType::eventName, Collectors.toList())));
    if (names.isEmpty()) {
      throw new IllegalStateException(consumer + " consumes no outbox event type");
    }
    return names.entrySet().stream()
        .map(
            entry ->
                "(aggregate_type = '"
                    + entry.getKey().name()
                    + "' AND event_type IN ("
                    + entry.getValue().stream()
                        .map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", "))
                    + "))")
        .collect(Collectors.joining(" OR ", "(", ")"));
  }
}
