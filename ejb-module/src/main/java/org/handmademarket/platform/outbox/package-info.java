/**
 * The transactional outbox: a feature announces a change by writing an {@code outbox} row in the
 * same transaction as the change itself, so the announcement exists exactly when the change does.
 * Consumers (the search indexer, the order mails) read the table afterwards. The contract between
 * them is {@link org.handmademarket.platform.outbox.OutboxEventType}: every event type, declared
 * once with its aggregate and its consumers; the platform names them but knows no feature's
 * classes.
 */
package org.handmademarket.platform.outbox;
