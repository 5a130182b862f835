package org.handmademarket.catalog.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.Category;
import org.handmademarket.catalog.Money;
import org.handmademarket.catalog.Slug;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.catalog.shop.ShopProfile;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

class ListingLifecycleTest {

  private final Shop shop =
      new Shop(7, new Slug("fern-and-kiln"), new ShopProfile("Fern & Kiln", "", "", "", ""));
  private final Category mugs = new Category() {};

  @Test
  void aDraftWithStockAndAPhotoIsPublishedAndCanBeDeactivatedAndPublishedAgain() {
    Product product = listing(2);
    product.addImage("products/1/a.jpg", "products/1/a-thumb.jpg", "image/jpeg", 800, 600);

    product.publish();
    assertEquals(ListingStatus.ACTIVE, product.status());
    product.deactivate();
    assertEquals(ListingStatus.INACTIVE, product.status());
    product.publish();
    assertEquals(ListingStatus.ACTIVE, product.status());
  }

  @Test
  void illegalMovesAreRefusedWithAConflict() {
    Product noPhoto = listing(1);
    assertConflict(noPhoto::publish);
    assertConflict(noPhoto::deactivate);

    Product noStock = listing(0);
    noStock.addImage("products/1/a.jpg", "products/1/a-thumb.jpg", "image/jpeg", 800, 600);
    assertConflict(noStock::publish);

    Product published = listing(1);
    published.addImage("products/1/b.jpg", "products/1/b-thumb.jpg", "image/jpeg", 800, 600);
    published.publish();
    assertConflict(published::publish);
    assertEquals(ListingStatus.ACTIVE, published.status());
  }

  @Test
  void aGalleryHoldsTenPhotos() {
    Product product = listing(1);
    for (int i = 0; i < Product.MAX_IMAGES; i++) {
      product.addImage(
          "products/1/" + i + ".jpg", "products/1/" + i + "-thumb.jpg", "image/jpeg", 300, 300);
    }

    assertConflict(
        () ->
            product.addImage("products/1/x.jpg", "products/1/x-thumb.jpg", "image/jpeg", 300, 300));
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
        product.images().stream().map(ProductImage::position).toList());
  }

  @Test
  void tagsAndMaterialsAreTrimmedLowerCaseAndUnique() {
    Product product =
        new Product(
            shop,
            mugs,
            new ListingDetails(
                "Mug",
                "",
                501,
                List.of(" Blue ", "blue", "Gift  Idea"),
                List.of("Clay"),
                false,
                true),
            new Money(new BigDecimal("12.00")),
            1);

    assertEquals(List.of("blue", "gift idea"), product.tags());
    assertEquals(List.of("clay"), product.materials());
  }

  @Test
  void theModelRefusesWhatTheApiWouldHaveRefusedNamingTheField() {
    MarketplaceException tooManyTags =
        assertThrows(
            MarketplaceException.class,
            () ->
                new Product(
                    shop,
                    mugs,
                    new ListingDetails(
                        "Mug",
                        "",
                        501,
                        List.of(
                            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"),
                        List.of(),
                        false,
                        true),
                    new Money(new BigDecimal("12.00")),
                    1));
    assertEquals(ProblemType.VALIDATION, tooManyTags.type());
    assertEquals(
        List.of(Map.of("field", "tags", "message", "size must be between 0 and 13")),
        tooManyTags.details().get("errors"));

    MarketplaceException blankTitle =
        assertThrows(
            MarketplaceException.class,
            () ->
                new Product(
                    shop,
                    mugs,
                    new ListingDetails("  ", "", 501, List.of(), List.of(), false, true),
                    new Money(new BigDecimal("12.00")),
                    1));
    assertEquals(
        List.of(Map.of("field", "title", "message", "must not be blank")),
        blankTitle.details().get("errors"));
  }

  private Product listing(int quantity) {
    return new Product(
        shop,
        mugs,
        new ListingDetails(
            "Speckled mug", "Stoneware", 501, List.of("mug"), List.of("clay"), false, true),
        new Money(new BigDecimal("24.50")),
        quantity);
  }

  private static void assertConflict(Runnable move) {
    MarketplaceException refusal = assertThrows(MarketplaceException.class, move::run);
    assertEquals(ProblemType.CONFLICT, refusal.type());
  }
}
