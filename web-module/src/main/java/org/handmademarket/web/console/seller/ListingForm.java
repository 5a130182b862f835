package org.handmademarket.web.console.seller;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.handmademarket.catalog.CategoryCatalog;
import org.handmademarket.catalog.CategoryNode;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.listing.ImageView;
import org.handmademarket.catalog.listing.ListingDetails;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.catalog.seller.ListingEditing;
import org.handmademarket.catalog.seller.ListingPhotos;
import org.handmademarket.catalog.seller.NewListing;
import org.handmademarket.inventory.StockRules;
import org.handmademarket.web.console.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;

/**
 * Creates and edits a listing: its text, price, stock and photos. The page is opened with the id of
 * the caller's listing, or without one for a new draft; the services answer 404 for anyone else's.
 */
@Named
@ViewScoped
public class ListingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ListingEditing listings;
  @Inject ListingPhotos photos;
  @Inject CategoryCatalog categories;

  private Long id;
  private String status;

  @NotBlank
  @Size(max = Limits.TITLE)
  private String title;

  @Size(max = Limits.LONG_TEXT)
  private String description;

  @NotNull private Long categoryId;

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("100000.00")
  @Digits(integer = 6, fraction = 2)
  private BigDecimal price;

  @NotNull
  @Min(0)
  @Max(StockRules.MAX_QUANTITY)
  private Integer quantity = 1;

  @Size(max = Limits.TAGS)
  private List<String> tags = new ArrayList<>();

  @Size(max = Limits.MATERIALS)
  private List<String> materials = new ArrayList<>();

  private boolean vintage;
  private boolean handmade = true;
  private List<ImageView> images = new ArrayList<>();
  private List<CategoryChoice> categoryChoices;

  /** The page's view action: reads the listing named in the URL, if any. */
  public void load() {
    if (id == null) {
      return;
    }
    show(listings.get(id));
  }

  public String save() {
    NewListing listing =
        new NewListing(
            new ListingDetails(title, description, categoryId, tags, materials, vintage, handmade),
            price,
            quantity);
    if (id == null) {
      ProductView created = listings.create(listing);
      Messages.done("Draft saved: add photos, then publish it");
      return "/console/seller/listing.xhtml?faces-redirect=true&id=" + created.id();
    }
    show(listings.edit(id, listing));
    Messages.done("Saved");
    return null;
  }

  public void publish() {
    show(listings.publish(id));
    Messages.done("Published");
  }

  public void deactivate() {
    show(listings.deactivate(id));
    Messages.done("Deactivated");
  }

  public void upload(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      photos.upload(id, content);
    }
    images = photos.gallery(id);
    Messages.done("Photo added");
  }

  /** A photo was dragged to another place: PrimeFaces has moved it in {@link #images} already. */
  public void reorder(ReorderEvent event) {
    images = photos.reorder(id, images.stream().map(ImageView::id).toList());
    Messages.done("Photo order saved");
  }

  public void deleteImage(long imageId) {
    images = photos.delete(id, imageId);
    Messages.done("Photo removed");
  }

  /** Listings go in a category without sub-categories; the label shows its path. */
  public List<CategoryChoice> getCategoryChoices() {
    if (categoryChoices == null) {
      categoryChoices = new ArrayList<>();
      categories.tree().forEach(node -> addLeaves(node, "", categoryChoices));
    }
    return categoryChoices;
  }

  private static void addLeaves(CategoryNode node, String path, List<CategoryChoice> into) {
    String label = path.isEmpty() ? node.name() : path + " › " + node.name();
    if (node.children().isEmpty()) {
      into.add(new CategoryChoice(node.id(), label));
    }
    node.children().forEach(child -> addLeaves(child, label, into));
  }

  private void show(ProductView listing) {
    id = listing.id();
    status = listing.status();
    title = listing.title();
    description = listing.description();
    categoryId = listing.category().id();
    price = listing.price();
    quantity = listing.quantity();
    tags = new ArrayList<>(listing.tags());
    materials = new ArrayList<>(listing.materials());
    vintage = listing.vintage();
    handmade = listing.handmade();
    images = new ArrayList<>(listing.images());
  }

  /** A leaf category for the select box. */
  public record CategoryChoice(long id, String label) implements Serializable {}

  public boolean isExisting() {
    return id != null && status != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getStatus() {
    return status;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags == null ? new ArrayList<>() : tags;
  }

  public List<String> getMaterials() {
    return materials;
  }

  public void setMaterials(List<String> materials) {
    this.materials = materials == null ? new ArrayList<>() : materials;
  }

  public boolean isVintage() {
    return vintage;
  }

  public void setVintage(boolean vintage) {
    this.vintage = vintage;
  }

  public boolean isHandmade() {
    return handmade;
  }

  public void setHandmade(boolean handmade) {
    this.handmade = handmade;
  }

  public List<ImageView> getImages() {
    return images;
  }
}
