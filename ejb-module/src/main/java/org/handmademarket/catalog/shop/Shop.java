package org.handmademarket.catalog.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.Slug;

/**
 * A seller's shop: branding, policies and the counters the marketplace keeps about it.
 *
 * <p>The rating, sales and favorite counters are read-only here. The features that own them
 * (reviews, checkout, favorites) change them with atomic SQL increments under their own
 * transactions, so a shop edited from a copy loaded a minute ago can never write an old count back.
 */
@Entity
@Table(name = "shops")
public class Shop {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_id", updatable = false)
  private long ownerId;

  private String name;

  @Column(updatable = false)
  private String slug;

  private String tagline;

  private String description;

  @Column(name = "logo_image")
  private String logoImage;

  @Column(name = "banner_image")
  private String bannerImage;

  private String location;

  @Column(name = "shipping_policy")
  private String shippingPolicy;

  @Column(insertable = false, updatable = false)
  private BigDecimal rating;

  @Column(name = "rating_count", insertable = false, updatable = false)
  private int ratingCount;

  @Column(name = "sales_count", insertable = false, updatable = false)
  private int salesCount;

  @Column(name = "favorite_count", insertable = false, updatable = false)
  private int favoriteCount;

  @Enumerated(EnumType.STRING)
  private ShopStatus status;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Shop() {}

  public Shop(long ownerId, Slug slug, ShopProfile profile) {
    this.ownerId = ownerId;
    this.slug = Objects.requireNonNull(slug, "slug").value();
    this.status = ShopStatus.ACTIVE;
    this.rating = BigDecimal.ZERO;
    this.createdAt = OffsetDateTime.now();
    describe(profile);
  }

  /** Replaces what the seller writes about the shop. */
  public void describe(ShopProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Limits.checkText("name", profile.name(), true, Limits.SHOP_NAME);
    Limits.checkText("tagline", profile.tagline(), false, Limits.SHOP_TAGLINE);
    Limits.checkText("description", profile.description(), false, Limits.LONG_TEXT);
    Limits.checkText("location", profile.location(), false, Limits.SHOP_LOCATION);
    Limits.checkText("shippingPolicy", profile.shippingPolicy(), false, Limits.LONG_TEXT);
    this.name = Objects.requireNonNull(profile.name(), "name").strip();
    this.tagline = orEmpty(profile.tagline());
    this.description = orEmpty(profile.description());
    this.location = orEmpty(profile.location());
    this.shippingPolicy = orEmpty(profile.shippingPolicy());
    touch();
  }

  /** Shows a new logo; returns the key of the one it replaces, if any, so its files can go. */
  public String changeLogo(String imageKey) {
    String previous = logoImage;
    logoImage = imageKey;
    touch();
    return previous;
  }

  /** Shows a new banner; returns the key of the one it replaces, if any, so its files can go. */
  public String changeBanner(String imageKey) {
    String previous = bannerImage;
    bannerImage = imageKey;
    touch();
    return previous;
  }

  /**
   * Takes the shop off the market: its page and listings disappear and nothing of it can be bought.
   */
  public void suspend() {
    status = ShopStatus.SUSPENDED;
    touch();
  }

  /** Puts a suspended shop back on the market. */
  public void reinstate() {
    status = ShopStatus.ACTIVE;
    touch();
  }

  public boolean isVisibleToShoppers() {
    return status == ShopStatus.ACTIVE;
  }

  private void touch() {
    updatedAt = OffsetDateTime.now();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text.strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String slug() {
    return slug;
  }

  public String tagline() {
    return tagline;
  }

  public String description() {
    return description;
  }

  public String logoImage() {
    return logoImage;
  }

  public String bannerImage() {
    return bannerImage;
  }

  public String location() {
    return location;
  }

  public String shippingPolicy() {
    return shippingPolicy;
  }

  public BigDecimal rating() {
    return rating;
  }

  public int ratingCount() {
    return ratingCount;
  }

  public int salesCount() {
    return salesCount;
  }

  public int favoriteCount() {
    return favoriteCount;
  }

  public ShopStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
