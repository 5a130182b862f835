package org.handmademarket.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    try (InputStream resource = Pictures.class.getResourceAsStream("/images/listing-photo.webp")) {
      return resource.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BufferedImage decode(byte[] content) {
    try {
      return ImageIO.read(new ByteArrayInputStream(content));
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
