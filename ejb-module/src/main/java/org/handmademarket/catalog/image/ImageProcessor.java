package org.handmademarket.catalog.image;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Checks an upload, strips its metadata and makes its grid copy. Pure: no storage, no configuration
 * lookup, so it is tested on its own.
 *
 * <p>The checks run cheapest first: size, then the magic bytes, then the dimensions and the pixel
 * count from the header (before any pixel is decoded, so a bomb of a few hundred bytes that
 * declares 8000 × 8000 pixels is refused without allocating them), then a real decode of the whole
 * image. JPEG and PNG are decoded row by row keeping only every n-th pixel (subsampling), enough
 * for the grid copy, so their memory stays small whatever the original's size. The WebP decoder
 * cannot do that: it always decodes the whole picture into memory (4 bytes a pixel, with or without
 * subsampling), which is why WebP has a lower pixel limit of its own. A decoder warning (a
 * truncated JPEG decodes to grey with only a warning) counts as a corrupt image.
 *
 * <p>The original is stored without its metadata ({@link PhotoMetadata}): a phone's photo carries
 * where it was taken and the camera's serial number.
 */
public final class ImageProcessor {

  private static final float THUMBNAIL_QUALITY = 0.85f;

  private final ImageRules rules;

  public ImageProcessor(ImageRules rules) {
    this.rules = rules;
  }

  /**
   * Reads at most one byte more than allowed, so an oversized upload is refused without buffering
   * it.
   */
  public byte[] readUpload(InputStream body) throws IOException {
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxBytes() + 1));
    if (content.length > rules.maxBytes()) {
      throw tooLarge();
    }
    return content;
  }

  public ProcessedImage process(byte[] content) {
    if (content.length == 0) {
      throw invalid("The upload is empty.");
    }
    if (content.length > rules.maxBytes()) {
      throw tooLarge();
    }
    ImageFormat format =
        ImageFormat.sniff(content)
            .orElseThrow(
                () ->
                    new MarketplaceException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Only JPEG, PNG and WebP images are accepted; this file is none of them.",
                        Map.of("accepted", acceptedTypes())));
    if (format == ImageFormat.PNG && !PngChunks.checksumsMatch(content)) {
      throw corrupt(format);
    }
    ImageReader reader = readerFor(format);
    try (ImageInputStream input =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(input, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      checkDimensions(width, height);
      checkPixels(format, width, height);
      List<String> warnings = new ArrayList<>();
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, Math.max(width, height) / (rules.thumbnailSize() * 2));
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage decoded = reader.read(0, param);
      if (!warnings.isEmpty() || decoded == null) {
        throw corrupt(format);
      }
      return new ProcessedImage(
          format, width, height, PhotoMetadata.strip(format, content), thumbnail(decoded));
    } catch (IOException | RuntimeException e) {
      if (e instanceof MarketplaceException refusal) {
        throw refusal;
      }
      throw corrupt(format);
    } finally {
      reader.dispose();
    }
  }

  private void checkDimensions(int width, int height) {
    if (width < rules.minDimension() || height < rules.minDimension()) {
      throw new MarketplaceException(
          ProblemType.INVALID_IMAGE,
          "The image is "
              + width
              + "×"
              + height
              + " px; each side needs at least "
              + rules.minDimension()
              + " px.",
          Map.of("width", width, "height", height, "minDimension", rules.minDimension()));
    }
    if (width > rules.maxDimension() || height > rules.maxDimension()) {
      throw new MarketplaceException(
          ProblemType.INVALID_IMAGE,
          "The image is "
              + width
              + "×"
              + height
              + " px; no side may exceed "
              + rules.maxDimension()
              + " px.",
          Map.of("width", width, "height", height, "maxDimension", rules.maxDimension()));
    }
  }

  private void checkPixels(ImageFormat format, int width, int height) {
    long limit = rules.maxPixels(format);
    if ((long) width * height > limit) {
      throw new MarketplaceException(
          ProblemType.INVALID_IMAGE,
          "The image is "
              + width
              + "×"
              + height
              + " px, more than the "
              + limit
              + " pixels a "
              + format.name()
              + " image may have.",
          Map.of("width", width, "height", height, "maxPixels", limit));
    }
  }

  /**
   * The grid copy: fits in a square of the thumbnail size, on white where the original is
   * transparent.
   */
  private byte[] thumbnail(BufferedImage source) {
    double scale =
        Math.min(
            1.0, (double) rules.thumbnailSize() / Math.max(source.getWidth(), source.getHeight()));
    int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
    BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = copy.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.drawImage(source, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return jpeg(copy);
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(output);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(THUMBNAIL_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * A reader for the sniffed format, chosen explicitly: WebP's reader is instantiated directly
   * rather than found through ImageIO's JVM-wide plugin registry, which inside an application
   * server may or may not have scanned this application's libraries.
   */
  private static ImageReader readerFor(ImageFormat format) {
    return switch (format) {
      case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
      case JPEG -> first(ImageIO.getImageReadersByFormatName("jpeg"));
      case PNG -> first(ImageIO.getImageReadersByFormatName("png"));
    };
  }

  private static ImageReader first(Iterator<ImageReader> readers) {
    if (!readers.hasNext()) {
      throw new IllegalStateException("the JDK's image readers are missing");
    }
    return readers.next();
  }

  private MarketplaceException tooLarge() {
    return new MarketplaceException(
        ProblemType.PAYLOAD_TOO_LARGE,
        "The image is larger than " + rules.maxBytes() / (1024 * 1024) + " MB.",
        Map.of("maxBytes", rules.maxBytes()));
  }

  private static MarketplaceException invalid(String detail) {
    return new MarketplaceException(ProblemType.INVALID_IMAGE, detail, Map.of());
  }

  private static MarketplaceException corrupt(ImageFormat format) {
    return invalid(
        "The file starts like a "
            + format.name()
            + " image but cannot be decoded: it is damaged or incomplete.");
  }

  private static List<String> acceptedTypes() {
    return Arrays.stream(ImageFormat.values()).map(ImageFormat::mediaType).toList();
  }
}
