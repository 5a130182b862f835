package org.handmademarket.cart;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times the shopper-facing cart operations as {@code cart.latency}, tagged with the operation. An
 * interceptor rather than code in each method: a call from one cart method to another (setting a
 * quantity to 0 removes the line) is then not counted twice, and checkout's use of the cart is left
 * out.
 */
public class CartLatency {

  static final Metadata LATENCY =
      Metadata.builder()
          .withName("cart.latency")
          .withDescription(
              "Time to answer a shopper's cart request, by operation (failures included)")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  private static final Set<String> OPERATIONS =
      Set.of("cart", "add", "set", "remove", "clear", "availability");

  @Inject MetricRegistry metrics;

  @AroundInvoke
  Object time(InvocationContext invocation) throws Exception {
    String operation = invocation.getMethod().getName();
    if (!OPERATIONS.contains(operation)) {
      return invocation.proceed();
    }
    long started = System.nanoTime();
    try {
      return invocation.proceed();
    } finally {
      metrics
          .timer(LATENCY, new Tag("operation", operation))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
