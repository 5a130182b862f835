package org.handmademarket.it.support.stripe;

/**
 * A request parameter Stripe would refuse, named as Stripe names it in errors ({@code
 * metadata[order]}), with Stripe's error code where it has a specific one.
 */
record Violation(String param, String code, String message) {

  Violation(String param, String message) {
    this(param, null, message);
  }
}
