package org.handmademarket.platform.outbox;

/**
 * Who reads outbox rows, each selecting the types {@link OutboxEventType} lists it under and
 * marking them consumed. Live updates are not among them: they hear the same changes as CDI events
 * ({@code StockChanged}, {@code OrderStatusChanged}) after the commit, and a missed one costs a
 * browser a resync, not a lost mail or a stale index.
 */
public enum OutboxConsumer {
  /**
   * {@code search.outbox.OutboxRelay}, driven by {@code OutboxPoller}: indexes the current state of
   * the listings an event concerns (a shop's event: all its listings), so events may arrive late,
   * twice or out of order.
   */
  SEARCH_INDEX,
  /**
   * {@code notifications.OrderEventConsumer}, driven by {@code NotificationPoller}: queues the
   * mails an order's payment or move calls for, keyed by the event, so a second consumption queues
   * nothing.
   */
  ORDER_MAILS
}
