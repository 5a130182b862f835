package org.handmademarket.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Image files for upload tests, drawn on the spot (JPEG, PNG) or shipped (WebP, which the JDK
 * cannot write).
 */
public final class Pictures {

  private Pictures() {}

  public static byte[] jpeg(int width, int height) {
    return draw(width, height, "jpeg");
  }

  public static byte[] png(int width, int height) {
    return draw(width, height, "png");
  }

  /** A 240×200 lossy WebP made with libwebp's cwebp from a gradient. */
  public static byte[] webp() {
    return resource("/images/listing-photo.webp");
  }

  /**
   * A valid lossless WebP of 8000×8000 pixels of one colour in 34 bytes (its prefix codes have one
   * symbol each, so the pixels take no bits): decoded, 256 MB.
   */
  public static byte[] webpBomb() {
    return resource("/images/bomb-8000x8000.webp");
  }

  /**
   * A 640×480 JPEG as a phone writes it: EXIF with the maker, orientation 6, a GPS position (48°
   * 51' 29.14" N) and the camera's serial number SN-4815162342, an XMP packet repeating both, and a
   * comment naming a street.
   */
  public static byte[] phonePhoto() {
    return resource("/images/photo-with-gps.jpg");
  }

  /** Whether a file still holds any of what {@link #phonePhoto()} tells about its taking. */
  public static boolean tellsWhereOrWithWhat(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    // The GPS latitude as EXIF stores it: three big-endian rationals 48/1, 51/1, 2914/100.
    String latitude =
        new String(
            ByteBuffer.allocate(24)
                .putInt(48)
                .putInt(1)
                .putInt(51)
                .putInt(1)
                .putInt(2914)
                .putInt(100)
                .array(),
            StandardCharsets.ISO_8859_1);
    return text.contains(latitude)
        || text.contains("SN-4815162342")
        || text.contains("PhoneMaker")
        || text.contains("xmpmeta")
        || text.contains("Rue de la Paix");
  }

  public static BufferedImage decode(byte[] content) {
    try {
      return ImageIO.read(new ByteArrayInputStream(content));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream resource = Pictures.class.getResourceAsStream(name)) {
      return resource.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] draw(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0x5b, 0x8c, 0x6a));
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(new Color(0xf4, 0xe9, 0xd8));
    graphics.fillOval(width / 5, height / 5, width * 3 / 5, height * 3 / 5);
    graphics.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
