package org.handmademarket.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** A buyer's review of one order item. Only visible reviews count towards ratings. */
@Entity
@Table(name = "reviews")
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "order_item_id")
  private long orderItemId;

  @Column(name = "product_id")
  private long productId;

  @Column(name = "shop_id")
  private long shopId;

  @Column(name = "author_id")
  private long authorId;

  private int stars;

  private String body;

  @Column(name = "photo_key")
  private String photoKey;

  @Column(name = "photo_thumbnail_key")
  private String photoThumbnailKey;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "hidden_at")
  private OffsetDateTime hiddenAt;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Review() {}

  Review(
      long orderItemId,
      long productId,
      long shopId,
      long authorId,
      ReviewContent content,
      OffsetDateTime now) {
    this.orderItemId = orderItemId;
    this.productId = productId;
    this.shopId = shopId;
    this.authorId = authorId;
    this.stars = content.stars();
    this.body = content.text();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * The author changes stars and text.
   *
   * @throws MarketplaceException 409 once the edit window has closed
   */
  void edit(ReviewContent content, OffsetDateTime now, Duration editWindow) {
    requireEditable(now, editWindow);
    this.stars = content.stars();
    this.body = content.text();
    this.updatedAt = now;
  }

  /** Replaces the photo; returns the keys of the one it replaced (null when there was none). */
  String[] replacePhoto(String key, String thumbnailKey, OffsetDateTime now, Duration editWindow) {
    requireEditable(now, editWindow);
    String[] previous = photoKey == null ? null : new String[] {photoKey, photoThumbnailKey};
    this.photoKey = key;
    this.photoThumbnailKey = thumbnailKey;
    this.updatedAt = now;
    return previous;
  }

  void requireEditable(OffsetDateTime now, Duration editWindow) {
    OffsetDateTime until = editableUntil(editWindow);
    if (!now.isBefore(until)) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "A review can be changed for " + editWindow.toDays() + " days after it was written.",
          Map.of("editableUntil", until.toString()));
    }
  }

  OffsetDateTime editableUntil(Duration editWindow) {
    return createdAt.plus(editWindow);
  }

  /** Support hides the review; it leaves the ratings. The author is shown the reason. */
  void hide(String reason, OffsetDateTime now) {
    this.hiddenReason = reason;
    this.hiddenAt = now;
  }

  void restore() {
    this.hiddenReason = null;
    this.hiddenAt = null;
  }

  public long id() {
    return id;
  }

  long productId() {
    return productId;
  }

  long shopId() {
    return shopId;
  }

  long authorId() {
    return authorId;
  }

  boolean hidden() {
    return hiddenAt != null;
  }

  int stars() {
    return stars;
  }
}
