/**
 * The transactional outbox: a feature announces a change by writing an {@code outbox} row in the
 * same transaction as the change itself, so the announcement exists exactly when the change does.
 * Consumers (the search indexer, notifiers) read the table afterwards. The writer knows no feature:
 * aggregate and event names are the callers' vocabulary.
 */
package org.handmademarket.platform.outbox;
