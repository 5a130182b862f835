package org.handmademarket.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL name of a shop: lower-case letters and digits in words joined by single hyphens, at most
 * {@value #MAX_LENGTH} characters (the same rule as the database's CHECK constraint).
 */
public record Slug(String value) {

  public static final int MAX_LENGTH = 80;
  public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static final Pattern VALID = Pattern.compile(PATTERN);
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  public Slug {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a slug: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
  }

  /**
   * A slug made from a name: accents dropped, everything else that is not a letter or digit turned
   * into a hyphen, e.g. "Émile's Ceramics & Co." becomes {@code emile-s-ceramics-co}. Empty when
   * the name has no Latin letter or digit at all.
   */
  public static Optional<Slug> fromName(String name) {
    String plain =
        DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String slug = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimHyphens(slug);
    if (slug.length() > MAX_LENGTH) {
      slug = trimHyphens(slug.substring(0, MAX_LENGTH));
    }
    return slug.isEmpty() ? Optional.empty() : Optional.of(new Slug(slug));
  }

  private static String trimHyphens(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '-') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '-') {
      end--;
    }
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return value;
  }
}
