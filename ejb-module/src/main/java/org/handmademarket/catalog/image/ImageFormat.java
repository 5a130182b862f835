package org.handmademarket.catalog.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats the marketplace accepts, recognised by their first bytes. */
public enum ImageFormat {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final String mediaType;
  private final String extension;

  ImageFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format the content starts like, if any: JPEG's SOI marker, PNG's signature, WebP's RIFF
   * header.
   */
  public static Optional<ImageFormat> sniff(byte[] content) {
    if (content.length >= 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return Optional.of(JPEG);
    }
    if (content.length >= PNG_SIGNATURE.length
        && Arrays.equals(
            content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
      return Optional.of(PNG);
    }
    if (content.length >= 12
        && ascii(content, 0, 4).equals("RIFF")
        && ascii(content, 8, 12).equals("WEBP")) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  /** The format of a stored file, from the extension its key was given when it was stored. */
  public static Optional<ImageFormat> ofKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = lower.substring(dot + 1);
    if (extension.equals("jpeg")) {
      return Optional.of(JPEG);
    }
    return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
  }

  private static String ascii(byte[] content, int from, int to) {
    return new String(content, from, to - from, StandardCharsets.US_ASCII);
  }
}
