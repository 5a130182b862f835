package org.handmademarket.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The shop owner's one public answer to a review; edited in place, never a second one. */
@Entity
@Table(name = "review_replies")
public class ReviewReply {

  @Id
  @Column(name = "review_id")
  private long reviewId;

  @Column(name = "author_id")
  private long authorId;

  private String body;

  @Column(name = "hidden_reason")
  private String hiddenReason;

  @Column(name = "hidden_at")
  private OffsetDateTime hiddenAt;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected ReviewReply() {}

  ReviewReply(long reviewId, long authorId, String body, OffsetDateTime now) {
    this.reviewId = reviewId;
    this.authorId = authorId;
    this.body = body;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void edit(long authorId, String body, OffsetDateTime now) {
    this.authorId = authorId;
    this.body = body;
    this.updatedAt = now;
  }

  void hide(String reason, OffsetDateTime now) {
    this.hiddenReason = reason;
    this.hiddenAt = now;
  }

  void restore() {
    this.hiddenReason = null;
    this.hiddenAt = null;
  }

  boolean hidden() {
    return hiddenAt != null;
  }
}
