package org.handmademarket.checkout.placing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Admission control for checkouts. A flash sale sends hundreds of checkouts at once, all queueing
 * on one listing's row lock; each would hold a pooled database connection while it waits, starving
 * the pool until requests fail with 500 after the pool's wait time. Only {@code
 * checkout.concurrency} checkouts run at once (well under {@code db.pool.max}, leaving connections
 * for browsing and carts); the others wait here, holding no connection, for up to {@code
 * checkout.queue-wait-seconds}, and are then asked to retry with 503 and Retry-After (their
 * idempotency key is released).
 */
@ApplicationScoped
public class CheckoutGate {

  @Inject
  @ConfigProperty(name = "checkout.concurrency")
  int concurrency;

  @Inject
  @ConfigProperty(name = "checkout.queue-wait-seconds")
  int queueWaitSeconds;

  private Semaphore permits;

  @PostConstruct
  void open() {
    permits = new Semaphore(Math.max(1, concurrency), true);
  }

  <T> T through(Supplier<T> checkout) {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(queueWaitSeconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      Duration retryAfter = Duration.ofSeconds(2);
      throw new MarketplaceException(
          ProblemType.SERVICE_UNAVAILABLE,
          "Checkout is very busy right now; nothing was ordered or charged. Please try again in a moment.",
          Map.of("retryAfterSeconds", retryAfter.toSeconds()),
          retryAfter);
    }
    try {
      return checkout.get();
    } finally {
      permits.release();
    }
  }
}
