package org.handmademarket.reviews;

import java.util.regex.Pattern;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;

/**
 * What a review says: 1 to 5 stars and an optional text of at most 2,000 characters, checked before
 * anything is stored. Line breaks and tabs are text; every other control character is refused
 * rather than stripped, so that what is stored is exactly what the author sent.
 */
public record ReviewContent(int stars, String text) {

  public static final int MAX_TEXT = 2000;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  /**
   * @param text may be null for no text; surrounding blanks are dropped
   * @throws MarketplaceException 400 naming {@code stars} or {@code text}
   */
  public static ReviewContent of(Integer stars, String text) {
    if (stars == null || stars < 1 || stars > 5) {
      throw InvalidField.of("stars", "must be a whole number from 1 to 5");
    }
    return new ReviewContent(stars, checkedText("text", text, false));
  }

  /**
   * A text without control characters other than line breaks and tabs, at most {@link #MAX_TEXT}
   * characters once stripped; required or optional (then empty when absent).
   */
  static String checkedText(String field, String text, boolean required) {
    String stripped = text == null ? "" : text.strip();
    if (required && stripped.isEmpty()) {
      throw InvalidField.of(field, "must not be empty");
    }
    if (stripped.length() > MAX_TEXT) {
      throw InvalidField.of(field, "must be at most " + MAX_TEXT + " characters");
    }
    if (CONTROL.matcher(stripped).find()) {
      throw InvalidField.of(field, "must not contain control characters");
    }
    return stripped;
  }
}
