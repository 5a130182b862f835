package org.handmademarket.shipping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.money.Money;

/**
 * The rules a shipping profile keeps, the same for the API and the console (and, as CHECK
 * constraints, for the table): rates from 0.00 to 10,000.00, a threshold from 1.00 to 1,000,000.00
 * or none, processing time from 1 to 60 days with the minimum not above the maximum, and a country
 * that ISO 3166-1 knows. Amounts with more than two decimals are refused, never rounded: a seller
 * who typed 4.999 did not mean 5.00.
 */
public final class ShippingRules {

  public static final BigDecimal RATE_MIN = new BigDecimal("0.00");
  public static final BigDecimal RATE_MAX = new BigDecimal("10000.00");
  public static final BigDecimal THRESHOLD_MIN = new BigDecimal("1.00");
  public static final BigDecimal THRESHOLD_MAX = new BigDecimal("1000000.00");
  public static final int PROCESSING_DAYS_MIN = 1;
  public static final int PROCESSING_DAYS_MAX = 60;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private ShippingRules() {}

  /** One broken rule: the field as the client names it, and what it must be. */
  public record FieldError(String field, String message) {}

  /** Whether ISO 3166-1 knows the alpha-2 code (upper case). */
  public static boolean isCountry(String code) {
    return code != null && COUNTRIES.contains(code);
  }

  /** Every rule the settings break, in the order of the form; empty when they are valid. */
  public static List<FieldError> check(ShippingSettings settings) {
    List<FieldError> errors = new ArrayList<>();
    String country = normalisedCountry(settings.originCountry());
    if (country == null) {
      errors.add(new FieldError("originCountry", "is required"));
    } else if (!isCountry(country)) {
      errors.add(
          new FieldError(
              "originCountry", "must be an ISO 3166-1 alpha-2 country code, such as US or GB"));
    }
    if (settings.domestic() == null) {
      errors.add(new FieldError("domestic", "is required"));
    } else {
      checkRate(errors, "domestic", settings.domestic());
    }
    if (settings.international() != null) {
      checkRate(errors, "international", settings.international());
    }
    BigDecimal threshold = settings.freeDomesticThreshold();
    if (threshold != null) {
      checkAmount(errors, "freeDomesticThreshold", threshold, THRESHOLD_MIN, THRESHOLD_MAX);
    }
    Integer min = settings.processingDaysMin();
    Integer max = settings.processingDaysMax();
    checkDays(errors, "processingDaysMin", min);
    checkDays(errors, "processingDaysMax", max);
    if (inDayRange(min) && inDayRange(max) && min > max) {
      errors.add(
          new FieldError(
              "processingDaysMax", "must not be less than processingDaysMin (" + min + ")"));
    }
    return errors;
  }

  /**
   * The settings as they are stored: the country upper-cased and stripped, amounts with two
   * decimals.
   *
   * @throws MarketplaceException 400 naming every field that breaks a rule
   */
  static ShippingSettings checked(ShippingSettings settings) {
    if (settings == null) {
      throw new MarketplaceException(
          ProblemType.MALFORMED_REQUEST, "A shipping profile is required.", Map.of());
    }
    List<FieldError> errors = check(settings);
    if (!errors.isEmpty()) {
      throw refusal(errors);
    }
    return new ShippingSettings(
        normalisedCountry(settings.originCountry()),
        settings.domestic(),
        settings.international(),
        settings.freeDomesticThreshold(),
        settings.processingDaysMin(),
        settings.processingDaysMax());
  }

  /** A 400 in the shape every validation failure has: {@code errors} of field and message. */
  static MarketplaceException refusal(List<FieldError> errors) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (FieldError error : errors) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("field", error.field());
      entry.put("message", error.message());
      entries.add(entry);
    }
    return new MarketplaceException(
        ProblemType.VALIDATION,
        "Some fields are not valid: see errors.",
        Map.of("errors", entries));
  }

  private static String normalisedCountry(String country) {
    return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
  }

  private static void checkRate(List<FieldError> errors, String zone, ShippingRate rate) {
    checkRequiredAmount(errors, zone + ".firstItem", rate.firstItem());
    checkRequiredAmount(errors, zone + ".additionalItem", rate.additionalItem());
  }

  private static void checkRequiredAmount(List<FieldError> errors, String field, BigDecimal value) {
    if (value == null) {
      errors.add(new FieldError(field, "is required"));
    } else {
      checkAmount(errors, field, value, RATE_MIN, RATE_MAX);
    }
  }

  private static void checkAmount(
      List<FieldError> errors, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      errors.add(
          new FieldError(
              field, "must be between " + min.toPlainString() + " and " + max.toPlainString()));
    } else if (!Money.hasCents(value)) {
      errors.add(new FieldError(field, "must have at most two decimals"));
    }
  }

  private static void checkDays(List<FieldError> errors, String field, Integer days) {
    if (days == null) {
      errors.add(new FieldError(field, "is required"));
    } else if (!inDayRange(days)) {
      errors.add(
          new FieldError(
              field,
              "must be between " + PROCESSING_DAYS_MIN + " and " + PROCESSING_DAYS_MAX + " days"));
    }
  }

  private static boolean inDayRange(Integer days) {
    return days != null && days >= PROCESSING_DAYS_MIN && days <= PROCESSING_DAYS_MAX;
  }
}
