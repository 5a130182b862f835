package org.handmademarket.web.api.seller;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.handmademarket.catalog.Limits;
import org.handmademarket.catalog.Slug;
import org.handmademarket.catalog.shop.ShopProfile;

/**
 * A shop as the seller writes it. {@code slug} is read when the shop is opened and ignored
 * afterwards.
 */
public class ShopRequest {

  @NotBlank
  @Size(max = Limits.SHOP_NAME)
  public String name;

  @Size(max = Slug.MAX_LENGTH)
  @Pattern(
      regexp = Slug.PATTERN,
      message = "must be lower-case letters and digits in words joined by single hyphens")
  public String slug;

  @Size(max = Limits.SHOP_TAGLINE)
  public String tagline;

  @Size(max = Limits.LONG_TEXT)
  public String description;

  @Size(max = Limits.SHOP_LOCATION)
  public String location;

  @Size(max = Limits.LONG_TEXT)
  public String shippingPolicy;

  ShopProfile profile() {
    return new ShopProfile(name, tagline, description, location, shippingPolicy);
  }
}
