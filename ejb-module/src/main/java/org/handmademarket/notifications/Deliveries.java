package org.handmademarket.notifications;

/** Small rules shared by the consumers and the sender. */
final class Deliveries {

  private static final int MAX_ERROR_LENGTH = 2000;

  private Deliveries() {}

  /** An error message short enough for the {@code last_error} columns people read. */
  static String truncate(String error) {
    String message = error == null ? "unknown error" : error;
    return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
  }
}
