package org.handmademarket.notifications;

/** A rendered mail: its subject and the same message as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {}
