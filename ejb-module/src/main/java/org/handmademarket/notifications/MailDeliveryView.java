package org.handmademarket.notifications;

import java.time.OffsetDateTime;

/**
 * One mail as support and the mail log show it, without its body (which may hold a sign-in link).
 *
 * @param status PENDING, SENDING, SENT or DEAD
 * @param uncertain claimed for sending long ago without an outcome: the instance may have died
 *     before or after the SMTP server accepted it
 */
public record MailDeliveryView(
    long id,
    String kind,
    String recipient,
    String subject,
    String status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    boolean uncertain) {}
