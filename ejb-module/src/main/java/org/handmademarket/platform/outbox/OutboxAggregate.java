package org.handmademarket.platform.outbox;

/**
 * What an outbox row is about; stored by name in {@code outbox.aggregate_type}, and the row's
 * {@code aggregate_id} is the id of one of these.
 */
public enum OutboxAggregate {
  /** A listing ({@code products.id}). */
  PRODUCT,
  /** A shop ({@code shops.id}). */
  SHOP,
  /** An order ({@code orders.id}). */
  ORDER
}
