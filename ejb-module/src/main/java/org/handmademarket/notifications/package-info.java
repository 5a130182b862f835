/**
 * Notifications: the mails buyers, sellers and account holders receive. Consumers of the outbox
 * turn order events into rendered mails in {@code mail_deliveries} (one row per mail, its key
 * derived from the event, so an event consumed twice queues its mails once); account mails are
 * queued by observers of identity's events in the transaction that causes them. The mail sender
 * delivers the queue through SMTP (Jakarta Mail, configured by MicroProfile Config), claiming each
 * mail in a committed transaction before talking to the server, so that a crash after the server
 * accepted a mail never sends it twice; failures are retried with backoff and end as dead letters
 * that support can send again from the console.
 */
package org.handmademarket.notifications;
