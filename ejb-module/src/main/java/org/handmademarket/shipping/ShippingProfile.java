package org.handmademarket.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.handmademarket.platform.money.Money;

/**
 * A shop's shipping terms, checked (see {@link ShippingRules}), and the quotes they give.
 *
 * <p>A destination in the shop's own country pays the domestic rate, or nothing once the items come
 * to the free-shipping threshold; any other country pays the international rate, or is not shipped
 * to when the shop has none; an unknown destination is quoted the domestic rate. Delivery is
 * estimated in calendar days: processing, then transit.
 *
 * @param originCountry ISO 3166-1 alpha-2, upper case
 * @param international null: ships domestically only
 * @param freeDomesticThreshold null: no free shipping
 */
public record ShippingProfile(
    long shopId,
    String originCountry,
    ShippingRate domestic,
    ShippingRate international,
    BigDecimal freeDomesticThreshold,
    int processingDaysMin,
    int processingDaysMax) {

  /**
   * Calendar days a parcel travels within a country once handed over: tracked standard post in the
   * countries our sellers ship from takes 2 to 5 days.
   */
  public static final int DOMESTIC_TRANSIT_MIN_DAYS = 2;

  public static final int DOMESTIC_TRANSIT_MAX_DAYS = 5;

  /**
   * Calendar days an international parcel travels, customs included: one to three weeks for
   * standard international post.
   */
  public static final int INTERNATIONAL_TRANSIT_MIN_DAYS = 7;

  public static final int INTERNATIONAL_TRANSIT_MAX_DAYS = 21;

  public ShippingProfile {
    Objects.requireNonNull(originCountry, "originCountry");
    Objects.requireNonNull(domestic, "domestic");
    originCountry = originCountry.toUpperCase(Locale.ROOT);
    freeDomesticThreshold = Money.canonical(freeDomesticThreshold);
    if (processingDaysMin < 1 || processingDaysMin > processingDaysMax) {
      throw new IllegalArgumentException(
          "processing days " + processingDaysMin + ".." + processingDaysMax);
    }
  }

  /**
   * The profile of a shop that has not set one: ships from the United States at 5.00 for the first
   * item and 1.00 for each additional one, abroad at 15.00 and 5.00, no free shipping, within 1 to
   * 3 days. A new shop sells to everyone at plain rates until its owner says otherwise, rather than
   * refusing buyers abroad without knowing it.
   */
  public static ShippingProfile standard(long shopId) {
    return new ShippingProfile(
        shopId,
        "US",
        new ShippingRate(new BigDecimal("5.00"), new BigDecimal("1.00")),
        new ShippingRate(new BigDecimal("15.00"), new BigDecimal("5.00")),
        null,
        1,
        3);
  }

  /** The profile of a shop from checked settings. */
  static ShippingProfile of(long shopId, ShippingSettings settings) {
    return new ShippingProfile(
        shopId,
        settings.originCountry(),
        settings.domestic(),
        settings.international(),
        settings.freeDomesticThreshold(),
        settings.processingDaysMin(),
        settings.processingDaysMax());
  }

  /** The profile as the seller edits it and as the shop's page shows it. */
  public ShippingSettings settings() {
    return new ShippingSettings(
        originCountry,
        domestic,
        international,
        freeDomesticThreshold,
        processingDaysMin,
        processingDaysMax);
  }

  public boolean shipsInternationally() {
    return international != null;
  }

  /**
   * What it costs to ship an order of this shop to a destination, and when it should arrive.
   *
   * @param destinationCountry ISO 3166-1 alpha-2 (any case); null (or blank) when not known yet:
   *     the domestic rate is quoted
   * @param pieces the pieces in the order, at least 1
   * @param itemSubtotal what the order's items come to, compared with the free-shipping threshold
   * @param today the day the order would be placed
   */
  public ShippingQuote quote(
      String destinationCountry, int pieces, BigDecimal itemSubtotal, LocalDate today) {
    Objects.requireNonNull(itemSubtotal, "itemSubtotal");
    Objects.requireNonNull(today, "today");
    if (pieces < 1) {
      throw new IllegalArgumentException("an order ships at least one piece: " + pieces);
    }
    String destination =
        destinationCountry == null || destinationCountry.isBlank()
            ? null
            : destinationCountry.strip().toUpperCase(Locale.ROOT);
    if (destination == null || destination.equals(originCountry)) {
      return domesticQuote(destination, pieces, itemSubtotal, today);
    }
    if (international == null) {
      return new ShippingQuote(destination, originCountry, false, Money.ZERO, null, null, null);
    }
    return new ShippingQuote(
        destination,
        originCountry,
        true,
        international.forPieces(pieces),
        null,
        null,
        estimate(today, INTERNATIONAL_TRANSIT_MIN_DAYS, INTERNATIONAL_TRANSIT_MAX_DAYS));
  }

  private ShippingQuote domesticQuote(
      String destination, int pieces, BigDecimal itemSubtotal, LocalDate today) {
    BigDecimal amount = domestic.forPieces(pieces);
    BigDecimal remaining = null;
    if (freeDomesticThreshold != null) {
      remaining =
          Money.canonical(freeDomesticThreshold.subtract(itemSubtotal).max(BigDecimal.ZERO));
      if (remaining.signum() == 0) {
        amount = Money.ZERO;
        remaining = Money.ZERO;
      }
    }
    return new ShippingQuote(
        destination,
        originCountry,
        true,
        amount,
        freeDomesticThreshold,
        remaining,
        estimate(today, DOMESTIC_TRANSIT_MIN_DAYS, DOMESTIC_TRANSIT_MAX_DAYS));
  }

  private DeliveryEstimate estimate(LocalDate today, int transitMin, int transitMax) {
    return new DeliveryEstimate(
        today.plusDays((long) processingDaysMin + transitMin),
        today.plusDays((long) processingDaysMax + transitMax));
  }
}
