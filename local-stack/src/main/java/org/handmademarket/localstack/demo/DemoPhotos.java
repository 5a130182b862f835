package org.handmademarket.localstack.demo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The demo photo files in the image store: {@code demo/<category-slug>/<nn>.jpg} (800 x 800) and
 * {@code demo/<category-slug>/<nn>-thumb.jpg} (400 x 400), a fixed number of variants per kind of
 * item that many listings share. Keys are relative paths with forward slashes, as the catalog's
 * storage expects; files already on disk are kept, so only the first run pays for painting.
 */
final class DemoPhotos {

  static final int SIZE = 800;
  static final int THUMBNAIL_SIZE = 400;

  private DemoPhotos() {}

  static String key(ItemKind kind, int variant) {
    return String.format(Locale.ROOT, "%s/%02d.jpg", kind.imageFolder(), variant);
  }

  static String thumbnailKey(ItemKind kind, int variant) {
    return String.format(Locale.ROOT, "%s/%02d-thumb.jpg", kind.imageFolder(), variant);
  }

  /** How many photos (full size and thumbnail pairs) a complete set has. */
  static int count(int variants) {
    return CategoryVocabularies.photoKinds().size() * variants;
  }

  /**
   * Paints every photo of the set that is not yet under {@code root}, on {@code threads} threads.
   *
   * @return how many were painted
   */
  static int paintMissing(Path root, int variants, int threads)
      throws IOException, InterruptedException {
    ensureHeadless();
    ImagePainter painter = new ImagePainter();
    List<Future<Boolean>> work = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, DemoCatalogue.daemonThreads("demo-photos"));
    try {
      for (ItemKind kind : CategoryVocabularies.photoKinds()) {
        Files.createDirectories(root.resolve(kind.imageFolder()));
        for (int variant = 1; variant <= variants; variant++) {
          Path full = root.resolve(key(kind, variant));
          Path thumb = root.resolve(thumbnailKey(kind, variant));
          if (Files.exists(full) && Files.exists(thumb)) {
            continue;
          }
          int v = variant;
          work.add(
              pool.submit(
                  () -> {
                    BufferedImage image = painter.paint(kind, v);
                    writeJpeg(image, full, 0.86f);
                    writeJpeg(ImagePainter.thumbnail(image, THUMBNAIL_SIZE), thumb, 0.82f);
                    return true;
                  }));
        }
      }
      for (Future<Boolean> each : work) {
        each.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("Painting a demo photo failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return work.size();
  }

  /**
   * Writes through a temporary file and a rename, so that an interrupted run never leaves a
   * truncated photo that the next run would take for a finished one.
   */
  static void writeJpeg(BufferedImage image, Path target, float quality) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    // A memory-cached stream: ImageIO's default caches through a temporary file for every image.
    try (OutputStream out = Files.newOutputStream(partial);
        ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** No display is needed, or wanted, for drawing into images. */
  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
