package org.handmademarket.catalog.image;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How image files are named: {@code <folder>/<uuid>.<ext>} for an original and the same name with
 * {@code -thumb.jpg} for its grid copy. The demo data follows the same convention ({@code
 * demo/<category>/<nn>.jpg} and {@code demo/<category>/<nn>-thumb.jpg}).
 */
public final class ImageKeys {

  /** Path segments of letters, digits, dots, underscores and hyphens, never starting with a dot. */
  private static final Pattern VALID =
      Pattern.compile(
          "[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,7}");

  private static final String THUMBNAIL_SUFFIX = "-thumb.jpg";

  private ImageKeys() {}

  /** Whether a key is well-formed: relative, no empty or dot segments, no backslashes. */
  public static boolean isValid(String key) {
    return key != null && key.length() <= 255 && VALID.matcher(key).matches();
  }

  /** A fresh key for an original in the folder, e.g. {@code products/42/<uuid>.webp}. */
  static String newOriginal(String folder, ImageFormat format) {
    return folder + "/" + UUID.randomUUID() + "." + format.extension();
  }

  /** The key of the grid copy of an original. */
  public static String thumbnailOf(String originalKey) {
    int dot = originalKey.lastIndexOf('.');
    int slash = originalKey.lastIndexOf('/');
    String base = dot > slash ? originalKey.substring(0, dot) : originalKey;
    return base + THUMBNAIL_SUFFIX;
  }
}
