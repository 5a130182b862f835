package org.handmademarket.checkout.placing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;

class CheckoutGateTest {

  @Test
  void aCheckoutBeyondTheLimitWaitsThenIsAskedToRetry() throws Exception {
    CheckoutGate gate = gate(1, 0);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> first =
          pool.submit(
              () ->
                  gate.through(
                      () -> {
                        inside.countDown();
                        await(leave);
                        return "first";
                      }));
      assertTrue(inside.await(5, TimeUnit.SECONDS));

      MarketplaceException busy =
          assertThrows(MarketplaceException.class, () -> gate.through(() -> "second"));

      assertEquals(ProblemType.SERVICE_UNAVAILABLE, busy.type());
      assertTrue(busy.retryAfter().isPresent());
      leave.countDown();
      assertEquals("first", first.get(5, TimeUnit.SECONDS));
      assertEquals("third", gate.through(() -> "third"), "the permit came back");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingCheckoutGivesItsPermitBack() {
    CheckoutGate gate = gate(1, 0);

    assertThrows(
        IllegalStateException.class,
        () ->
            gate.through(
                () -> {
                  throw new IllegalStateException("boom");
                }));

    assertEquals("next", gate.through(() -> "next"));
  }

  private static CheckoutGate gate(int concurrency, int waitSeconds) {
    CheckoutGate gate = new CheckoutGate();
    gate.concurrency = concurrency;
    gate.queueWaitSeconds = waitSeconds;
    gate.open();
    return gate;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
