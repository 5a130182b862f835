package org.handmademarket.payments.provider;

/** A webhook whose signature is wrong or too old, or whose body is not an event: ignored. */
public class WebhookRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WebhookRejected(String message) {
    super(message);
  }
}
