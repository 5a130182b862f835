package org.handmademarket.checkout.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.handmademarket.checkout.orders.Order;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.checkout.orders.OrderSummary;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.checkout.orders.ShippingAddress;
import org.handmademarket.checkout.placing.Placement;
import org.handmademarket.payments.provider.PaymentResult;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.money.Money;

/**
 * The order and payment state machine (docs/checkout.md) under random interleavings of what its
 * actors do: the buyer retrying checkout with the provider answering, timing out before or after it
 * charged, or declining; sellers cancelling, shipping and delivering; support refunding. The rules
 * under test are the application's own ({@link Settlement}, {@link Order}, {@link OrderStatus},
 * {@link Placement#amountDue}); the provider is modelled as the real ones behave: one decision per
 * idempotency key, kept for every retry, refunds once per key.
 *
 * <p>After every step: no money is kept for a voided checkout, no order is refunded twice, no order
 * is cancelled while paid for, and what was charged equals what paid orders hold plus what was
 * refunded.
 */
class PaymentStateMachineProperties {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

  enum Answer {
    APPROVE,
    DECLINE,
    TIME_OUT_BEFORE_CHARGING,
    TIME_OUT_AFTER_CHARGING
  }

  sealed interface Step {}

  record BuyerRetries(Answer answer) implements Step {}

  record SellerCancels(int order) implements Step {}

  record SupportRefunds(int order) implements Step {}

  record SellerShips(int order) implements Step {}

  record SellerDelivers(int order) implements Step {}

  @Property(tries = 500)
  void moneyAlwaysBalancesAndNothingIsChargedButCancelled(
      @ForAll @IntRange(min = 1, max = 3) int shops, @ForAll("steps") List<Step> steps) {
    World world = new World(shops);
    for (Step step : steps) {
      world.apply(step);
      world.checkInvariants();
    }
    // However it went, a buyer retrying until the provider answers ends with the money settled.
    for (int i = 0; i < 3 && world.status.awaitsProvider(); i++) {
      world.apply(new BuyerRetries(Answer.APPROVE));
    }
    world.checkInvariants();
    assertFalse(world.status.awaitsProvider());
    assertEquals(world.providerDecided == Boolean.TRUE, world.status == PaymentStatus.PAID);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> order = Arbitraries.integers().between(0, 2);
    Arbitrary<Step> step =
        Arbitraries.oneOf(
            Arbitraries.of(Answer.class).map(BuyerRetries::new),
            order.map(SellerCancels::new),
            order.map(SupportRefunds::new),
            order.map(SellerShips::new),
            order.map(SellerDelivers::new));
    return step.list().ofMaxSize(25);
  }

  /** One checkout, its orders, our payment records and the provider's books. */
  private static final class World {
    private final UUID checkoutId = UUID.randomUUID();
    private List<Order> orders = new ArrayList<>();
    private PaymentStatus status = PaymentStatus.PLACED;

    private Boolean providerDecided;
    private BigDecimal providerCharged = Money.ZERO;
    private final Map<Integer, BigDecimal> providerRefunds = new HashMap<>();
    private final Map<Integer, Integer> refundRequests = new HashMap<>();

    private BigDecimal recordedCharge = Money.ZERO;
    private final Map<Integer, BigDecimal> recordedRefunds = new HashMap<>();

    World(int shops) {
      ShippingAddress address =
          new ShippingAddress("Ana", "1 High Street", "", "London", "", "N1 1AA", "GB");
      for (int shop = 0; shop < shops; shop++) {
        Order order = Order.place(checkoutId, 7, 100 + shop, address, NOW);
        order.addItem(1000 + shop, "Item " + shop, new BigDecimal("12.50"), shop + 1);
        order.shipFor(new BigDecimal("4.00"));
        numbered(order, shop + 1L);
        orders.add(order);
      }
    }

    /** Gives the order the id the database would. */
    private static void numbered(Order order, long id) {
      try {
        java.lang.reflect.Field field = Order.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(order, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    void apply(Step step) {
      if (step instanceof BuyerRetries retry) {
        retry(retry.answer());
      } else if (step instanceof SellerCancels cancel) {
        refund(cancel.order(), true);
      } else if (step instanceof SupportRefunds refund) {
        refund(refund.order(), false);
      } else if (step instanceof SellerShips ship) {
        attempt(ship.order(), order -> order.ship("Royal Mail", "RM1", 1, NOW));
      } else if (step instanceof SellerDelivers deliver) {
        attempt(deliver.order(), order -> order.moveTo(OrderStatus.DELIVERED, 1L, "", NOW));
      }
    }

    /** Checkout with the same key: the provider is asked only while the payment is open. */
    private void retry(Answer answer) {
      if (!status.awaitsProvider()) {
        return;
      }
      BigDecimal due = placement().amountDue();
      PaymentResult result = provider(answer, due);
      Settlement settlement = Settlement.of(status, result);
      switch (settlement) {
        case PAY -> {
          for (Order order : orders) {
            order.markPaid(((PaymentResult.Approved) result).reference(), NOW);
          }
          recordedCharge = due;
        }
        case VOID -> orders = List.of();
        case WAIT, KEEP -> {}
      }
      status = settlement.after(status);
    }

    /** The provider's side: one decision per idempotency key, whatever reaches us of it. */
    private PaymentResult provider(Answer answer, BigDecimal amount) {
      if (providerDecided == null) {
        if (answer == Answer.APPROVE || answer == Answer.TIME_OUT_AFTER_CHARGING) {
          providerDecided = true;
          providerCharged = amount;
        } else if (answer == Answer.DECLINE) {
          providerDecided = false;
        }
      }
      boolean timedOut =
          answer == Answer.TIME_OUT_BEFORE_CHARGING || answer == Answer.TIME_OUT_AFTER_CHARGING;
      if (timedOut || providerDecided == null) {
        return PaymentResult.Pending.unknown();
      }
      return providerDecided
          ? new PaymentResult.Approved("ch_" + checkoutId)
          : new PaymentResult.Declined("insufficient funds");
    }

    /** A seller's cancel or support's refund, as {@link Orders} and {@link OrderRefunds} do it. */
    private void refund(int index, boolean cancel) {
      attempt(
          index,
          order -> {
            if (cancel && order.status() != OrderStatus.PAID) {
              order.requireMove(OrderStatus.CANCELLED);
            }
            order.requireMove(OrderStatus.REFUNDED);
            refundRequests.merge(index, 1, Integer::sum);
            providerRefunds.putIfAbsent(index, order.total());
            if (recordedRefunds.putIfAbsent(index, order.total()) != null) {
              throw new AssertionError("a second refund row for order " + index);
            }
            order.moveTo(OrderStatus.REFUNDED, 1L, "refund", NOW);
          });
    }

    private void attempt(int index, java.util.function.Consumer<Order> move) {
      if (index >= orders.size()) {
        return;
      }
      try {
        move.accept(orders.get(index));
      } catch (MarketplaceException refused) {
        // Refused moves change nothing; the invariants check that.
      }
    }

    private Placement placement() {
      return new Placement(
          checkoutId,
          7,
          status,
          null,
          orders.stream().map(order -> OrderSummary.of(order, "shop")).toList(),
          false);
    }

    void checkInvariants() {
      if (status == PaymentStatus.DECLINED) {
        assertNotEquals(Boolean.TRUE, providerDecided, "charged but voided");
        assertTrue(orders.isEmpty(), "a declined checkout keeps no order");
      }
      for (Order order : orders) {
        assertNotEquals(OrderStatus.CANCELLED, order.status(), "paid for but cancelled");
        if (status.awaitsProvider()) {
          assertEquals(OrderStatus.PENDING, order.status(), "moved before the payment settled");
        }
      }
      refundRequests.forEach(
          (order, count) -> assertEquals(1, count, "order " + order + " refunded twice"));
      BigDecimal refunded = recordedRefunds.values().stream().reduce(Money.ZERO, BigDecimal::add);
      BigDecimal held =
          orders.stream()
              .filter(
                  order ->
                      order.status() == OrderStatus.PAID
                          || order.status() == OrderStatus.SHIPPED
                          || order.status() == OrderStatus.DELIVERED)
              .map(Order::total)
              .reduce(Money.ZERO, BigDecimal::add);
      assertEquals(0, recordedCharge.compareTo(held.add(refunded)), "charged = paid + refunded");
      if (status == PaymentStatus.PAID) {
        assertEquals(0, providerCharged.compareTo(recordedCharge), "our books = the provider's");
        assertEquals(providerRefunds, recordedRefunds);
      }
    }
  }
}
