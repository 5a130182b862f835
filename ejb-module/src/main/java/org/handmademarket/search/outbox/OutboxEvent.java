package org.handmademarket.search.outbox;

import org.handmademarket.platform.outbox.OutboxAggregate;

/**
 * One outbox row the search indexer consumes.
 *
 * @param attempts how many times indexing it has failed so far
 */
record OutboxEvent(
    long id, String aggregateType, long aggregateId, String eventType, int attempts) {

  boolean concernsShop() {
    return OutboxAggregate.SHOP.name().equals(aggregateType);
  }
}
