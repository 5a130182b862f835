package org.handmademarket.catalog.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {

  private final ImageProcessor processor =
      new ImageProcessor(new ImageRules(200_000, 200, 4000, 4_000_000, 1_000_000, 480));

  @Test
  void aJpegIsKeptAsUploadedWithAJpegGridCopy() throws IOException {
    byte[] jpeg = picture(1200, 900, "jpeg");

    ProcessedImage image = processor.process(jpeg);

    assertEquals(ImageFormat.JPEG, image.format());
    assertEquals(1200, image.width());
    assertEquals(900, image.height());
    assertArrayEquals(jpeg, image.original());
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(image.thumbnail()));
    assertEquals(480, thumbnail.getWidth());
    assertEquals(360, thumbnail.getHeight());
    assertEquals(ImageFormat.JPEG, ImageFormat.sniff(image.thumbnail()).orElseThrow());
  }

  @Test
  void aPngIsRecognisedByItsContent() throws IOException {
    ProcessedImage image = processor.process(picture(300, 640, "png"));

    assertEquals(ImageFormat.PNG, image.format());
    BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(image.thumbnail()));
    assertEquals(480, thumbnail.getHeight());
  }

  @Test
  void aWebpIsDecoded() throws IOException {
    // listing-photo.webp: a 240×200 lossy WebP made with cwebp (libwebp) from a gradient.
    byte[] webp;
    try (InputStream resource = getClass().getResourceAsStream("/images/listing-photo.webp")) {
      webp = resource.readAllBytes();
    }

    ProcessedImage image = processor.process(webp);

    assertEquals(ImageFormat.WEBP, image.format());
    assertEquals(240, image.width());
    assertEquals(200, image.height());
    assertEquals(240, ImageIO.read(new ByteArrayInputStream(image.thumbnail())).getWidth());
  }

  @Test
  void aPdfCalledJpegIsRefusedAsUnsupported() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes();

    assertRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, pdf);
  }

  @Test
  void anEmptyUploadIsRefused() {
    assertRefused(ProblemType.INVALID_IMAGE, new byte[0]);
  }

  @Test
  void aTruncatedJpegIsRefusedAsCorrupt() throws IOException {
    byte[] jpeg = picture(800, 600, "jpeg");

    assertRefused(ProblemType.INVALID_IMAGE, Arrays.copyOf(jpeg, jpeg.length / 2));
  }

  @Test
  void aPngWithGarbageAfterItsSignatureIsRefusedAsCorrupt() throws IOException {
    byte[] png = picture(400, 400, "png");
    for (int i = 40; i < png.length; i++) {
      png[i] = (byte) (i * 31);
    }

    assertRefused(ProblemType.INVALID_IMAGE, png);
  }

  @Test
  void imagesTooSmallOrTooLargeAreRefusedBeforeDecoding() throws IOException {
    assertRefused(ProblemType.INVALID_IMAGE, picture(199, 600, "png"));
    assertRefused(ProblemType.INVALID_IMAGE, picture(4001, 300, "png"));
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
    byte[] huge = new byte[200_001];
    CountingStream body = new CountingStream(huge);

    MarketplaceException refusal =
        assertThrows(MarketplaceException.class, () -> processor.readUpload(body));

    assertEquals(ProblemType.PAYLOAD_TOO_LARGE, refusal.type());
    assertTrue(body.read <= 200_001);
  }

  @Test
  void keysStayRelativeAndThumbnailsFollowTheConvention() {
    assertTrue(ImageKeys.isValid("products/42/0b6e.jpg"));
    assertTrue(ImageKeys.isValid("demo/ceramics/07-thumb.jpg"));
    assertFalse(ImageKeys.isValid("../etc/passwd"));
    assertFalse(ImageKeys.isValid("products/../../x.jpg"));
    assertFalse(ImageKeys.isValid("/absolute.jpg"));
    assertFalse(ImageKeys.isValid("products\\x.jpg"));
    assertFalse(ImageKeys.isValid("products//x.jpg"));
    assertFalse(ImageKeys.isValid(".hidden/x.jpg"));
    assertEquals("demo/ceramics/07-thumb.jpg", ImageKeys.thumbnailOf("demo/ceramics/07.jpg"));
    assertEquals("products/4/a-thumb.jpg", ImageKeys.thumbnailOf("products/4/a.webp"));
  }

  private void assertRefused(ProblemType type, byte[] content) {
    MarketplaceException refusal =
        assertThrows(MarketplaceException.class, () -> processor.process(content));
    assertEquals(type, refusal.type(), refusal.getMessage());
  }

  static byte[] picture(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(new Color(0xc0, 0x6a, 0x3b));
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.WHITE);
    graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
    graphics.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, format, bytes);
    return bytes.toByteArray();
  }

  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] content) {
      super(content);
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      int n = super.read(buffer, offset, length);
      read += Math.max(n, 0);
      return n;
    }
  }
}
