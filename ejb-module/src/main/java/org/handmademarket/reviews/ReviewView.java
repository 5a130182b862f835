package org.handmademarket.reviews;

import jakarta.annotation.Nullable;
import java.time.OffsetDateTime;

/**
 * A review as shown. Hidden reviews are shown only to their author, the shop's owner and support,
 * with the reason; a hidden reply is left out for everyone else.
 *
 * @param photo URL of the photo; absent without one
 * @param editableUntil when the author can no longer change it; only in the author's own view
 * @param hiddenReason why support hid it; absent while visible
 * @param reply the shop's answer; absent without one
 */
public record ReviewView(
    long id,
    long orderItemId,
    long productId,
    String productTitle,
    long shopId,
    String shopName,
    String author,
    int stars,
    String text,
    @Nullable String photo,
    @Nullable String photoThumbnail,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @Nullable OffsetDateTime editableUntil,
    @Nullable String hiddenReason,
    @Nullable Reply reply) {

  /** The shop's answer; {@code hiddenReason} only for those who may see a hidden one. */
  public record Reply(
      String text,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      @Nullable String hiddenReason) {}
}
