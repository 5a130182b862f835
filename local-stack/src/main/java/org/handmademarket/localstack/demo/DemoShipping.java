package org.handmademarket.localstack.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.copy.CopyManager;

/**
 * A shipping profile for every demo shop, believable for where it is and consistent with the
 * shipping policy its page shows: the processing days, a flat rate, free shipping (over a threshold
 * or always) and whether it ships abroad are read from the policy's sentences; what the policy does
 * not say (the rates themselves) follows the postal prices of the shop's country, a little
 * different from shop to shop. A policy this class cannot read still gets a profile of the
 * country's kind.
 */
final class DemoShipping {

  /** A row of {@code shipping_profiles}; {@code international} members null: domestic only. */
  record Profile(
      long shopId,
      String originCountry,
      BigDecimal domesticFirst,
      BigDecimal domesticAdditional,
      BigDecimal internationalFirst,
      BigDecimal internationalAdditional,
      BigDecimal freeDomesticThreshold,
      int processingDaysMin,
      int processingDaysMax) {}

  /**
   * Typical tracked-parcel prices from each country, in the marketplace's currency: the first item
   * at home and the first item abroad. Additional items cost a fraction of these.
   */
  private record Postage(double domestic, double international) {}

  private static final Map<String, Postage> POSTAGE =
      Map.ofEntries(
          Map.entry("US", new Postage(5.50, 18.00)),
          Map.entry("CA", new Postage(11.00, 22.00)),
          Map.entry("MX", new Postage(6.00, 20.00)),
          Map.entry("GB", new Postage(3.90, 12.50)),
          Map.entry("IE", new Postage(6.50, 14.00)),
          Map.entry("FR", new Postage(6.90, 16.00)),
          Map.entry("DE", new Postage(4.90, 14.50)),
          Map.entry("NL", new Postage(5.25, 13.50)),
          Map.entry("BE", new Postage(5.75, 14.00)),
          Map.entry("DK", new Postage(7.50, 17.00)),
          Map.entry("SE", new Postage(6.75, 16.50)),
          Map.entry("NO", new Postage(9.50, 20.00)),
          Map.entry("FI", new Postage(7.00, 16.00)),
          Map.entry("PL", new Postage(3.50, 11.00)),
          Map.entry("CZ", new Postage(4.00, 12.00)),
          Map.entry("AT", new Postage(5.50, 14.00)),
          Map.entry("PT", new Postage(4.50, 13.00)),
          Map.entry("ES", new Postage(5.00, 14.50)),
          Map.entry("IT", new Postage(7.50, 17.50)),
          Map.entry("GR", new Postage(5.00, 15.00)),
          Map.entry("AU", new Postage(10.50, 26.00)),
          Map.entry("NZ", new Postage(8.50, 24.00)),
          Map.entry("JP", new Postage(6.00, 19.00)),
          Map.entry("ZA", new Postage(7.00, 24.00)),
          Map.entry("AR", new Postage(8.00, 25.00)));

  private static final Postage ELSEWHERE = new Postage(6.00, 18.00);

  private static final Map<String, String> COUNTRY_CODES = countryCodes();

  private static final Pattern PROCESSING = Pattern.compile("within (\\d+)-(\\d+) business days");
  private static final Pattern FREE_OVER =
      Pattern.compile("Free shipping on orders over \\$(\\d+)");
  private static final Pattern FLAT_RATE = Pattern.compile("Flat-rate shipping of \\$(\\d+)");

  private DemoShipping() {}

  /** The profile of one shop: the same shop always gets the same profile. */
  static Profile of(DemoShop shop) {
    Dice dice = Dice.of(shop.id(), "shipping", shop.id());
    String country = countryCode(shop.country());
    Postage postage = POSTAGE.getOrDefault(country, ELSEWHERE);
    String policy = shop.shippingPolicy() == null ? "" : shop.shippingPolicy();
    // Furniture ships by freight: dear, slow to prepare, and not abroad.
    boolean freight = policy.contains("freight") || shop.mainCategory().id() == 9;

    int min;
    int max;
    Matcher processing = PROCESSING.matcher(policy);
    if (processing.find()) {
      min = Integer.parseInt(processing.group(1));
      max = Integer.parseInt(processing.group(2));
    } else if (freight) {
      min = dice.between(5, 10);
      max = min + dice.between(5, 10);
    } else {
      min = dice.between(1, 3);
      max = min + dice.between(1, 3);
    }

    double spread = 0.85 + 0.3 * dice.unit();
    BigDecimal domesticFirst = price(postage.domestic() * spread * (freight ? 8 : 1));
    BigDecimal domesticAdditional =
        price(postage.domestic() * spread * (freight ? 5 : 0.25 + 0.15 * dice.unit()));
    BigDecimal threshold = null;
    Matcher freeOver = FREE_OVER.matcher(policy);
    Matcher flat = FLAT_RATE.matcher(policy);
    if (freeOver.find()) {
      threshold = new BigDecimal(freeOver.group(1)).setScale(2);
    } else if (flat.find()) {
      domesticFirst = new BigDecimal(flat.group(1)).setScale(2);
      domesticAdditional = zero();
    } else if (policy.contains("Free standard shipping")) {
      domesticFirst = zero();
      domesticAdditional = zero();
    } else if (!freight && !policy.contains("calculated at checkout") && dice.chance(0.3)) {
      threshold = new BigDecimal(dice.pick(List.of(35, 50, 75, 100))).setScale(2);
    }

    boolean abroad =
        !freight
            && (policy.contains("International shipping available")
                || (!policy.contains(" only.") && dice.chance(0.7)));
    BigDecimal internationalFirst = null;
    BigDecimal internationalAdditional = null;
    if (abroad) {
      double abroadSpread = 0.85 + 0.3 * dice.unit();
      internationalFirst = price(postage.international() * abroadSpread);
      internationalAdditional = price(postage.international() * abroadSpread * 0.3);
    }
    return new Profile(
        shop.id(),
        country,
        domesticFirst,
        domesticAdditional,
        internationalFirst,
        internationalAdditional,
        threshold,
        min,
        max);
  }

  /** Writes every shop's profile into {@code shipping_profiles}. */
  static void write(CopyManager copy, List<DemoShop> shops) throws SQLException {
    try (CopyStream rows =
        new CopyStream(
            copy,
            "shipping_profiles",
            "shop_id, origin_country, domestic_first, domestic_additional, international_first,"
                + " international_additional, free_domestic_threshold, processing_days_min,"
                + " processing_days_max")) {
      for (DemoShop shop : shops) {
        Profile profile = of(shop);
        rows.number(profile.shopId())
            .text(profile.originCountry())
            .text(plain(profile.domesticFirst()))
            .text(plain(profile.domesticAdditional()))
            .text(plain(profile.internationalFirst()))
            .text(plain(profile.internationalAdditional()))
            .text(plain(profile.freeDomesticThreshold()))
            .number(profile.processingDaysMin())
            .number(profile.processingDaysMax());
        rows.endRow();
      }
      rows.finish();
    }
  }

  /** The ISO 3166-1 alpha-2 code of a country as the demo's places name it (US if unknown). */
  static String countryCode(String name) {
    return COUNTRY_CODES.getOrDefault(name, "US");
  }

  private static Map<String, String> countryCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      codes.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
    }
    return codes;
  }

  /** A price as postage is priced: to the quarter, and never below 0.50. */
  private static BigDecimal price(double amount) {
    double quarters = Math.max(2, Math.round(amount * 4));
    return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }
}
