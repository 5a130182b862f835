package org.handmademarket.catalog.image;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * How many images are decoded at once. The pixel limits bound one decode's memory; this bounds
 * their sum, so that a few accounts uploading in parallel cannot exhaust the heap. A decode that
 * finds every slot taken waits a little, then is refused with 503 and Retry-After instead of
 * queueing without end.
 */
final class ImageWorkLimit {

  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final Semaphore slots;
  private final Duration wait;

  ImageWorkLimit(int concurrency, Duration wait) {
    this.slots = new Semaphore(Math.max(1, concurrency), true);
    this.wait = wait;
  }

  <T> T run(Supplier<T> work) {
    boolean admitted;
    try {
      admitted = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      throw new MarketplaceException(
          ProblemType.SERVICE_UNAVAILABLE,
          "Many images are being processed right now; nothing was stored. Please upload it again in"
              + " a moment.",
          Map.of("retryAfterSeconds", RETRY_AFTER.toSeconds()),
          RETRY_AFTER);
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }
}
