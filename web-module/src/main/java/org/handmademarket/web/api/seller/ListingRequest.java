package org.handmademarket.web.api.seller;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.listing.ListingDetails;
import org.handmademarket.catalog.seller.NewListing;
import org.handmademarket.inventory.StockRules;

/**
 * A listing as the seller writes it, for creating and for replacing one. Each tag and material (at
 * most {@value Limits#TAG} characters, not blank) is checked by the catalogue, which names it as
 * {@code tags[i]}.
 */
public class ListingRequest {

  @NotBlank
  @Size(max = Limits.TITLE)
  public String title;

  @Size(max = Limits.LONG_TEXT)
  public String description;

  @NotNull public Long categoryId;

  @NotNull
  @DecimalMin("0.01")
  @DecimalMax("100000.00")
  @Digits(integer = 6, fraction = 2)
  public BigDecimal price;

  @NotNull
  @Min(0)
  @Max(StockRules.MAX_QUANTITY)
  public Integer quantity;

  @Size(max = Limits.TAGS)
  public List<String> tags;

  @Size(max = Limits.MATERIALS)
  public List<String> materials;

  public boolean vintage;

  /** Most listings are handmade; a vintage find usually is not, and says so. */
  public Boolean handmade;

  NewListing toListing() {
    return new NewListing(
        new ListingDetails(
            title, description, categoryId, tags, materials, vintage, handmade == null || handmade),
        price,
        quantity);
  }
}
