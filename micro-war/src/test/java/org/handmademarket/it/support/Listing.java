package org.handmademarket.it.support;

import java.util.List;

/**
 * A listing for a test catalogue, built fluently: {@code Listing.of("Oak
 * stool").in("chairs").price("80")}. Defaults: one in stock, new, handmade, active, no tags,
 * materials or image.
 */
public record Listing(
    String title,
    String category,
    String price,
    int quantity,
    boolean isVintage,
    String description,
    List<String> tags,
    List<String> materials,
    String status,
    String image) {

  public static Listing of(String title) {
    return new Listing(
        title, "home-decor", "20.00", 1, false, "", List.of(), List.of(), "ACTIVE", null);
  }

  public Listing in(String categorySlug) {
    return new Listing(
        title,
        categorySlug,
        price,
        quantity,
        isVintage,
        description,
        tags,
        materials,
        status,
        image);
  }

  public Listing price(String value) {
    return new Listing(
        title, category, value, quantity, isVintage, description, tags, materials, status, image);
  }

  public Listing quantity(int value) {
    return new Listing(
        title, category, price, value, isVintage, description, tags, materials, status, image);
  }

  public Listing vintage() {
    return new Listing(
        title, category, price, quantity, true, description, tags, materials, status, image);
  }

  public Listing description(String value) {
    return new Listing(
        title, category, price, quantity, isVintage, value, tags, materials, status, image);
  }

  public Listing tags(String... values) {
    return new Listing(
        title,
        category,
        price,
        quantity,
        isVintage,
        description,
        List.of(values),
        materials,
        status,
        image);
  }

  public Listing materials(String... values) {
    return new Listing(
        title,
        category,
        price,
        quantity,
        isVintage,
        description,
        tags,
        List.of(values),
        status,
        image);
  }

  public Listing status(String value) {
    return new Listing(
        title, category, price, quantity, isVintage, description, tags, materials, value, image);
  }

  public Listing image(String thumbnailKey) {
    return new Listing(
        title,
        category,
        price,
        quantity,
        isVintage,
        description,
        tags,
        materials,
        status,
        thumbnailKey);
  }
}
