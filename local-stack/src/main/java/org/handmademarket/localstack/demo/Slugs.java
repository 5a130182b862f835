package org.handmademarket.localstack.demo;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs that satisfy the schema's check {@code ^[a-z0-9]+(-[a-z0-9]+)*$}. */
final class Slugs {

  private Slugs() {}

  static String of(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replace("'", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "shop" : slug;
  }
}
