package org.handmademarket.notifications;

/** A mail of {@code mail_deliveries} as the sender claimed it. */
public record QueuedMail(
    long id, String key, String recipient, String subject, String text, String html) {

  /** Derived from the delivery's key, which is derived from the event that caused the mail. */
  public String messageId() {
    return "<" + key.replaceAll("[^A-Za-z0-9.\\-]", ".") + "@handmade.market>";
  }
}
