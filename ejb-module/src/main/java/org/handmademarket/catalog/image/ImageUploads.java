package org.handmademarket.catalog.image;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes uploads from the request body to stored files in step with the caller's transaction: files
 * written for a transaction that rolls back are deleted again, and files that a committed
 * transaction stopped referring to are deleted once it has committed. Either way no row points at a
 * missing file and no file is left without a row (bar a crash between commit and clean-up, which
 * leaves an unreferenced file, never a broken link).
 */
@ApplicationScoped
public class ImageUploads {

  private static final Logger LOG = Logger.getLogger(ImageUploads.class.getName());

  @Inject ImageStorage storage;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "images.max-bytes")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "images.min-dimension")
  int minDimension;

  @Inject
  @ConfigProperty(name = "images.max-dimension")
  int maxDimension;

  @Inject
  @ConfigProperty(name = "images.max-pixels")
  long maxPixels;

  @Inject
  @ConfigProperty(name = "images.max-pixels.webp")
  long maxWebpPixels;

  @Inject
  @ConfigProperty(name = "images.thumbnail-size")
  int thumbnailSize;

  @Inject
  @ConfigProperty(name = "images.concurrency")
  int concurrency;

  @Inject
  @ConfigProperty(name = "images.queue-wait-millis")
  long queueWaitMillis;

  private ImageProcessor processor;
  private ImageWorkLimit workLimit;

  @PostConstruct
  void configure() {
    processor =
        new ImageProcessor(
            new ImageRules(
                maxBytes, minDimension, maxDimension, maxPixels, maxWebpPixels, thumbnailSize));
    workLimit = new ImageWorkLimit(concurrency, Duration.ofMillis(queueWaitMillis));
  }

  /**
   * Reads and checks an upload; refuses it (400, 413, 415, or 503 while too many images are being
   * decoded) before anything is stored. The body is read before taking a decoding slot, so a slow
   * client holds none.
   */
  public ProcessedImage check(InputStream body) {
    byte[] content;
    try {
      content = processor.readUpload(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workLimit.run(() -> processor.process(content));
  }

  /**
   * Stores a checked image and its grid copy under fresh keys in the folder; they are deleted again
   * if the current transaction rolls back.
   */
  public StoredImage store(String folder, ProcessedImage image) {
    String original = ImageKeys.newOriginal(folder, image.format());
    String thumbnail = ImageKeys.thumbnailOf(original);
    transactions.registerInterposedSynchronization(
        afterCompletion(status -> status != Status.STATUS_COMMITTED, List.of(original, thumbnail)));
    try {
      storage.store(original, image.original());
      storage.store(thumbnail, image.thumbnail());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store an image under " + folder, e);
    }
    return new StoredImage(
        original, thumbnail, image.format().mediaType(), image.width(), image.height());
  }

  /** Deletes an image's files once the current transaction has committed its removal. */
  public void deleteAfterCommit(String originalKey, String thumbnailKey) {
    transactions.registerInterposedSynchronization(
        afterCompletion(
            status -> status == Status.STATUS_COMMITTED, List.of(originalKey, thumbnailKey)));
  }

  private Synchronization afterCompletion(IntPredicate when, List<String> keys) {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (when.test(status)) {
          keys.forEach(ImageUploads.this::deleteQuietly);
        }
      }
    };
  }

  private void deleteQuietly(String key) {
    try {
      storage.delete(key);
    } catch (IOException e) {
      LOG.log(
          Level.WARNING,
          e,
          () -> "Could not delete image file " + key + "; it is left unreferenced");
    }
  }

  /** Where an image was stored, as a listing or a shop records it. */
  public record StoredImage(
      String key, String thumbnailKey, String contentType, int width, int height) {}
}
