package org.handmademarket.catalog;

import org.handmademarket.platform.errors.InvalidField;

/**
 * The lengths and counts the catalogue accepts, in one place: the API's request bodies declare them
 * to Bean Validation, and the model checks them again so that every caller (the console too) meets
 * them.
 */
public final class Limits {

  public static final int SHOP_NAME = 80;
  public static final int SHOP_TAGLINE = 160;
  public static final int SHOP_LOCATION = 120;
  public static final int LONG_TEXT = 10_000;
  public static final int TITLE = 140;
  public static final int TAGS = 13;
  public static final int TAG = 40;
  public static final int MATERIALS = 5;
  public static final int MATERIAL = 40;

  private Limits() {}

  /** Refuses a text that is blank (when required) or longer than {@code max}, naming the field. */
  public static void checkText(String field, String text, boolean required, int max) {
    String value = text == null ? "" : text.strip();
    if (required && value.isEmpty()) {
      throw InvalidField.of(field, "must not be blank");
    }
    if (value.length() > max) {
      throw InvalidField.of(field, "size must be between " + (required ? 1 : 0) + " and " + max);
    }
  }
}
