package org.handmademarket.catalog.listing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.handmademarket.catalog.Category;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.Money;
import org.handmademarket.catalog.MoneyConverter;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * A listing: an item a shop offers, with its photos in gallery order.
 *
 * <p>The listing guards its own lifecycle: {@link #publish()} and {@link #deactivate()} refuse
 * moves that make no sense (publishing twice, publishing with nothing to sell or nothing to show).
 * Its stock is read only: quantity is written by the inventory service under a row lock, which also
 * moves the listing between active and sold out.
 */
@Entity
@Table(name = "products")
public class Product {

  /** A gallery holds at most this many photos. */
  public static final int MAX_IMAGES = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "shop_id", updatable = false)
  private Shop shop;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  private String title;

  private String description;

  @Convert(converter = MoneyConverter.class)
  private Money price;

  /**
   * Set once when the listing is created; every later change goes through the inventory service.
   */
  @Column(updatable = false)
  private int quantity;

  @Column(name = "is_vintage")
  private boolean vintage;

  @Column(name = "is_handmade")
  private boolean handmade;

  @Enumerated(EnumType.STRING)
  private ListingStatus status;

  @ElementCollection
  @CollectionTable(name = "product_tags", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "tag")
  private Set<String> tags = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "product_materials", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "material")
  private Set<String> materials = new LinkedHashSet<>();

  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ProductImage> images = new ArrayList<>();

  @Version private long version;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Product() {}

  /** A new draft: only its seller sees it until it is published. */
  public Product(Shop shop, Category category, ListingDetails details, Money price, int quantity) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.price = Objects.requireNonNull(price, "price");
    this.quantity = quantity;
    this.status = ListingStatus.DRAFT;
    this.createdAt = OffsetDateTime.now();
    describe(category, details);
  }

  /** Replaces what the seller writes about the item. */
  public void describe(Category category, ListingDetails details) {
    this.category = Objects.requireNonNull(category, "category");
    Limits.checkText("title", details.title(), true, Limits.TITLE);
    Limits.checkText("description", details.description(), false, Limits.LONG_TEXT);
    checkWords("tags", details.tags(), Limits.TAGS, Limits.TAG);
    checkWords("materials", details.materials(), Limits.MATERIALS, Limits.MATERIAL);
    this.title = details.title().strip();
    this.description = details.description() == null ? "" : details.description().strip();
    this.vintage = details.vintage();
    this.handmade = details.handmade();
    replace(tags, details.tags());
    replace(materials, details.materials());
    touch();
  }

  public void reprice(Money newPrice) {
    price = Objects.requireNonNull(newPrice, "price");
    touch();
  }

  /** Puts a draft or a deactivated listing in front of shoppers. */
  public void publish() {
    if (status.isPublished()) {
      throw refusal("The listing is already published.");
    }
    if (quantity == 0) {
      throw refusal("A listing needs at least one item in stock to be published.");
    }
    if (images.isEmpty()) {
      throw refusal("A listing needs at least one photo to be published.");
    }
    status = ListingStatus.ACTIVE;
    touch();
  }

  /** Takes a published listing away from shoppers; the seller can publish it again later. */
  public void deactivate() {
    if (!status.isPublished()) {
      throw refusal("Only a published listing can be deactivated.");
    }
    status = ListingStatus.INACTIVE;
    touch();
  }

  /** Adds a photo at the end of the gallery. */
  public ProductImage addImage(
      String storageKey, String thumbnailKey, String contentType, int width, int height) {
    if (images.size() >= MAX_IMAGES) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "A listing has at most " + MAX_IMAGES + " photos: delete one first.",
          Map.of("maxImages", MAX_IMAGES));
    }
    ProductImage image =
        new ProductImage(this, images.size(), storageKey, thumbnailKey, contentType, width, height);
    images.add(image);
    touch();
    return image;
  }

  public Optional<ProductImage> image(long imageId) {
    return images.stream().filter(image -> image.id() == imageId).findFirst();
  }

  /** Removes a photo; the ones after it move up. A published listing keeps at least one photo. */
  public void removeImage(ProductImage image) {
    if (status.isPublished() && images.size() == 1) {
      throw refusal(
          "A published listing keeps at least one photo: add another first, or deactivate it.");
    }
    images.remove(image);
    renumber();
    touch();
  }

  /**
   * Puts the gallery in the given order.
   *
   * @param imageIds every photo of the listing, each once, first photo first
   */
  public void reorderImages(List<Long> imageIds) {
    Set<Long> current = new LinkedHashSet<>(images.stream().map(ProductImage::id).toList());
    if (imageIds.size() != current.size() || !current.equals(new LinkedHashSet<>(imageIds))) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "The new order must name every photo of the listing exactly once.",
          Map.of("imageIds", List.copyOf(current)));
    }
    images.sort((a, b) -> Integer.compare(imageIds.indexOf(a.id()), imageIds.indexOf(b.id())));
    renumber();
    touch();
  }

  private void renumber() {
    for (int position = 0; position < images.size(); position++) {
      images.get(position).moveTo(position);
    }
  }

  public boolean isVisibleToShoppers() {
    return status.isPublished() && shop.isVisibleToShoppers();
  }

  private MarketplaceException refusal(String detail) {
    return new MarketplaceException(ProblemType.CONFLICT, detail, Map.of("status", status.name()));
  }

  private void touch() {
    updatedAt = OffsetDateTime.now();
  }

  private static void checkWords(String field, List<String> words, int maxCount, int maxLength) {
    if (words.size() > maxCount) {
      throw InvalidField.of(field, "size must be between 0 and " + maxCount);
    }
    for (int i = 0; i < words.size(); i++) {
      Limits.checkText(field + "[" + i + "]", words.get(i), true, maxLength);
    }
  }

  private static void replace(Set<String> target, Collection<String> words) {
    target.clear();
    for (String word : words) {
      String normalised = word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (!normalised.isEmpty()) {
        target.add(normalised);
      }
    }
  }

  public Long id() {
    return id;
  }

  public Shop shop() {
    return shop;
  }

  public Category category() {
    return category;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Money price() {
    return price;
  }

  public int quantity() {
    return quantity;
  }

  public boolean isVintage() {
    return vintage;
  }

  public boolean isHandmade() {
    return handmade;
  }

  public ListingStatus status() {
    return status;
  }

  /** Tags in alphabetical order (the table keeps no order). */
  public List<String> tags() {
    return tags.stream().sorted().toList();
  }

  public List<String> materials() {
    return materials.stream().sorted().toList();
  }

  public List<ProductImage> images() {
    return List.copyOf(images);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
