package org.handmademarket.localstack.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for something that happens asynchronously, failing with what was last seen. */
public final class Eventually {

  private Eventually() {}

  public static <T> T await(
      String expectation,
      Duration timeout,
      Supplier<T> probe,
      java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(timeout);
    T last = null;
    while (Instant.now().isBefore(deadline)) {
      last = probe.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        "Timed out after "
            + timeout.toSeconds()
            + " s waiting for "
            + expectation
            + "; last seen: "
            + last);
  }
}
