package org.handmademarket.web.api.reviews;

/** {@code {reason}}: why support hides (required) or restores (optional) a review or reply. */
public class ModerationRequest {

  public String reason;
}
