package org.handmademarket.checkout.placing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.cart.CartShop;
import org.handmademarket.cart.CartView;
import org.handmademarket.cart.Carts;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.inventory.Withdrawal;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.shipping.Countries;

/**
 * Holding a buyer's items while they pay (the reservation system). Starting checkout holds every
 * cart line for {@code checkout.hold-minutes}: others cannot buy those pieces meanwhile. Starting
 * again while a hold runs re-quotes (another country, today's prices) without moving its end, so
 * holding cannot be stretched; a buyer has one open checkout, and may start at most {@code
 * checkout.holds-per-hour} of them an hour, so holding cannot be used to keep a shop's goods off
 * sale. The hold ends when the order is placed, when the buyer leaves, or when it expires.
 */
@Stateless
public class CheckoutHolds {

  @Inject CurrentUser currentUser;
  @Inject Carts carts;
  @Inject Inventory inventory;
  @Inject CheckoutSessions sessions;

  @Inject
  @ConfigProperty(name = "checkout.hold-minutes", defaultValue = "10")
  int holdMinutes;

  @Inject
  @ConfigProperty(name = "checkout.holds-per-hour", defaultValue = "6")
  int holdsPerHour;

  /**
   * Holds the caller's cart, or re-quotes the hold that runs.
   *
   * @param country where the buyer ships to, or null when not known yet
   * @throws MarketplaceException 400 for an unknown country, 409 {@code cart-empty}, {@code
   *     items-unavailable} (with when others' holds end) or {@code shipping-unavailable}, 429
   *     {@code too-many-holds} with Retry-After; nothing is held then
   */
  public HoldView start(String country) {
    long buyerId = currentUser.requireUserId();
    Countries.require("country", country);
    // Whole seconds: the instant a buyer is shown is the one stored, not a finer one.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    sessions.lockBuyer(buyerId);
    Optional<CheckoutSessions.Open> open = sessions.open(buyerId);
    if (open.isEmpty()) {
      requireAllowance(buyerId, now);
    }
    OffsetDateTime expiresAt =
        open.map(CheckoutSessions.Open::expiresAt).orElse(now.plusMinutes(holdMinutes));

    Map<Long, Integer> wanted = CartContents.toCheckOut(carts, buyerId);
    if (inventory.hold(buyerId, wanted, expiresAt) instanceof Withdrawal.Refused refused) {
      throw Unavailability.of(refused.shortages(), wanted);
    }
    CartView cart = carts.current(buyerId, country);
    requireShipping(cart);
    CheckoutQuote quote = CheckoutQuote.of(cart);
    open.ifPresentOrElse(
        session -> sessions.requote(session.id(), quote),
        () -> sessions.start(buyerId, quote, expiresAt));
    return new HoldView(expiresAt, holdMinutes, cart);
  }

  /** The caller's running hold. @throws MarketplaceException 404 when nothing is held */
  public HoldView current() {
    long buyerId = currentUser.requireUserId();
    CheckoutSessions.Open open =
        sessions
            .open(buyerId)
            .orElseThrow(
                () ->
                    new MarketplaceException(
                        ProblemType.NOT_FOUND, "You are not holding any items for checkout."));
    return new HoldView(
        open.expiresAt(), holdMinutes, carts.current(buyerId, open.quote().country()));
  }

  /** The buyer leaves checkout: their pieces are on sale again at once. */
  public void leave() {
    long buyerId = currentUser.requireUserId();
    inventory.release(buyerId);
    sessions.end(buyerId);
  }

  private void requireAllowance(long buyerId, OffsetDateTime now) {
    List<OffsetDateTime> started = sessions.startedSince(buyerId, now.minusHours(1));
    if (started.size() >= holdsPerHour) {
      Duration wait = Duration.between(now, started.get(0).plusHours(1));
      long seconds = Math.max(1, wait.toSeconds());
      throw new MarketplaceException(
          ProblemType.TOO_MANY_HOLDS,
          "You started checkout "
              + started.size()
              + " times in the last hour. You can still check out now; items are held for you again"
              + " in "
              + Math.max(1, (seconds + 59) / 60)
              + " minutes.",
          Map.of("retryAfterSeconds", seconds),
          Duration.ofSeconds(seconds));
    }
  }

  static void requireShipping(CartView cart) {
    List<CartShop> notShipping = cart.notShipping();
    if (!notShipping.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.SHIPPING_UNAVAILABLE,
          "Some shops do not ship to "
              + cart.country()
              + ": "
              + String.join(", ", notShipping.stream().map(CartShop::shopName).toList())
              + ". Remove their items or ship to another address.",
          Map.of(
              "country",
              cart.country(),
              "shops",
              notShipping.stream()
                  .map(
                      shop ->
                          Map.of(
                              "shopId", shop.shopId(),
                              "shopName", shop.shopName(),
                              "shipsFrom", shop.shipping().shipsFrom()))
                  .toList()));
    }
  }
}
