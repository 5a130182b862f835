package org.handmademarket.catalog.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A photo of a listing: the stored original, its grid-sized copy, and its place in the gallery. */
@Entity
@Table(name = "product_images")
public class ProductImage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id", updatable = false)
  private Product product;

  private int position;

  @Column(name = "storage_key", updatable = false)
  private String storageKey;

  @Column(name = "thumbnail_key", updatable = false)
  private String thumbnailKey;

  @Column(name = "content_type", updatable = false)
  private String contentType;

  @Column(updatable = false)
  private int width;

  @Column(updatable = false)
  private int height;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected ProductImage() {}

  ProductImage(
      Product product,
      int position,
      String storageKey,
      String thumbnailKey,
      String contentType,
      int width,
      int height) {
    this.product = product;
    this.position = position;
    this.storageKey = storageKey;
    this.thumbnailKey = thumbnailKey;
    this.contentType = contentType;
    this.width = width;
    this.height = height;
    this.createdAt = OffsetDateTime.now();
  }

  void moveTo(int newPosition) {
    position = newPosition;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String storageKey() {
    return storageKey;
  }

  public String thumbnailKey() {
    return thumbnailKey;
  }

  public String contentType() {
    return contentType;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }
}
