package org.handmademarket.web.api.reviews;

/** {@code {text}}: the shop's answer to a review, 1 to 2,000 characters. */
public class ReplyRequest {

  public String text;
}
