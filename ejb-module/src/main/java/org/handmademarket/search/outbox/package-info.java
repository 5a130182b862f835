/**
 * Incremental indexing from the transactional outbox: a poller on every instance claims due search
 * events with {@code FOR UPDATE SKIP LOCKED}, indexes the current state of the listings they
 * concern in bulk, and retries failures with exponential backoff.
 */
package org.handmademarket.search.outbox;
