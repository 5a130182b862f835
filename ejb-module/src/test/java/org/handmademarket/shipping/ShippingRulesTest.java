package org.handmademarket.shipping;

import static org.handmademarket.shipping.ShippingProfileTest.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippingRulesTest {

  private static final ShippingSettings VALID =
      new ShippingSettings(
          "US", rate("5.00", "1.50"), rate("18.00", "4.00"), new BigDecimal("50.00"), 1, 3);

  @Test
  void validSettingsBreakNoRule() {
    assertEquals(List.of(), ShippingRules.check(VALID));
    assertEquals(
        List.of(),
        ShippingRules.check(new ShippingSettings("NZ", rate("0", "0"), null, null, 60, 60)),
        "the lowest rates, domestic only, no threshold, the longest processing");
    assertEquals(
        List.of(),
        ShippingRules.check(
            new ShippingSettings(
                "FR",
                rate("10000.00", "10000"),
                rate("10000", "0.00"),
                new BigDecimal("1000000.00"),
                1,
                1)),
        "the highest rates and threshold");
    assertEquals(
        List.of(),
        ShippingRules.check(
            new ShippingSettings("IT", rate("4.500", "1.0"), null, new BigDecimal("1.000"), 2, 4)),
        "trailing zeros are not decimals");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "domestic.firstItem, -0.01",
    "domestic.firstItem, 10000.01",
    "domestic.firstItem, 4.999",
    "domestic.firstItem, 1e9",
    "domestic.additionalItem, -5",
    "domestic.additionalItem, 0.001",
    "international.firstItem, 99999999",
    "international.additionalItem, 1.005",
    "freeDomesticThreshold, 0.99",
    "freeDomesticThreshold, 0",
    "freeDomesticThreshold, 1000000.01",
    "freeDomesticThreshold, 49.999",
  })
  void eachAmountOutOfRangeOrWithMoreThanTwoDecimalsIsNamed(String field, String value) {
    assertRefused(field, with(field, new BigDecimal(value)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "USA", "U", "12", "ZZ", "  ", ""})
  void theOriginMustBeAnIsoCountry(String country) {
    assertRefused("originCountry", copy(VALID, s -> settings(country, s)));
  }

  @Test
  void theOriginIsUpperCasedAndStripped() {
    ShippingSettings checked = ShippingRules.checked(settings(" gb ", VALID));
    assertEquals("GB", checked.originCountry());
    assertEquals(new BigDecimal("50.00"), checked.freeDomesticThreshold());
  }

  @Test
  void requiredFieldsAreNamed() {
    ShippingSettings empty = new ShippingSettings(null, null, null, null, null, null);
    assertEquals(
        List.of(
            new ShippingRules.FieldError("originCountry", "is required"),
            new ShippingRules.FieldError("domestic", "is required"),
            new ShippingRules.FieldError("processingDaysMin", "is required"),
            new ShippingRules.FieldError("processingDaysMax", "is required")),
        ShippingRules.check(empty));
    assertEquals(
        List.of("domestic.firstItem", "international.additionalItem"),
        fields(
            new ShippingSettings(
                "US",
                new ShippingRate(null, BigDecimal.ONE),
                new ShippingRate(BigDecimal.ONE, null),
                null,
                1,
                2)));
  }

  @ParameterizedTest(name = "{0}..{1}")
  @CsvSource({
    "0, 3, processingDaysMin",
    "61, 61, processingDaysMin",
    "-1, 3, processingDaysMin",
    "1, 61, processingDaysMax",
    "1, 0, processingDaysMax",
    "5, 4, processingDaysMax",
  })
  void processingDaysAreOneToSixtyWithTheMinimumNotAboveTheMaximum(int min, int max, String field) {
    ShippingSettings settings =
        new ShippingSettings(
            "US", VALID.domestic(), VALID.international(), VALID.freeDomesticThreshold(), min, max);
    assertRefused(field, settings);
  }

  @Test
  void theRefusalIsA400NamingEveryBrokenRule() {
    ShippingSettings bad =
        new ShippingSettings("XX", rate("-1", "1.001"), null, new BigDecimal("0.50"), 9, 2);
    MarketplaceException refused =
        assertThrows(MarketplaceException.class, () -> ShippingRules.checked(bad));
    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals(
        List.of(
            Map.of(
                "field",
                "originCountry",
                "message",
                "must be an ISO 3166-1 alpha-2 country code, such as US or GB"),
            Map.of("field", "domestic.firstItem", "message", "must be between 0.00 and 10000.00"),
            Map.of("field", "domestic.additionalItem", "message", "must have at most two decimals"),
            Map.of(
                "field", "freeDomesticThreshold", "message", "must be between 1.00 and 1000000.00"),
            Map.of(
                "field",
                "processingDaysMax",
                "message",
                "must not be less than processingDaysMin (9)")),
        refused.details().get("errors"));

    MarketplaceException nothing =
        assertThrows(MarketplaceException.class, () -> ShippingRules.checked(null));
    assertEquals(ProblemType.MALFORMED_REQUEST, nothing.type());
  }

  @Test
  void countriesAreTheJdksIsoList() {
    assertTrue(ShippingRules.isCountry("US"));
    assertTrue(ShippingRules.isCountry("NL"));
    assertTrue(!ShippingRules.isCountry("us"), "codes are upper case once normalised");
  }

  private static void assertRefused(String field, ShippingSettings settings) {
    assertTrue(
        fields(settings).contains(field), () -> field + " in " + ShippingRules.check(settings));
    MarketplaceException refused =
        assertThrows(MarketplaceException.class, () -> ShippingRules.checked(settings));
    assertEquals(400, refused.type().status());
  }

  private static List<String> fields(ShippingSettings settings) {
    return ShippingRules.check(settings).stream().map(ShippingRules.FieldError::field).toList();
  }

  private static ShippingSettings with(String field, BigDecimal value) {
    ShippingRate domestic = VALID.domestic();
    ShippingRate international = VALID.international();
    BigDecimal threshold = VALID.freeDomesticThreshold();
    switch (field) {
      case "domestic.firstItem" -> domestic = new ShippingRate(value, domestic.additionalItem());
      case "domestic.additionalItem" -> domestic = new ShippingRate(domestic.firstItem(), value);
      case "international.firstItem" ->
          international = new ShippingRate(value, international.additionalItem());
      case "international.additionalItem" ->
          international = new ShippingRate(international.firstItem(), value);
      case "freeDomesticThreshold" -> threshold = value;
      default -> throw new IllegalArgumentException(field);
    }
    return new ShippingSettings("US", domestic, international, threshold, 1, 3);
  }

  private static ShippingSettings settings(String country, ShippingSettings from) {
    return new ShippingSettings(
        country,
        from.domestic(),
        from.international(),
        from.freeDomesticThreshold(),
        from.processingDaysMin(),
        from.processingDaysMax());
  }

  private static ShippingSettings copy(
      ShippingSettings from, UnaryOperator<ShippingSettings> change) {
    return change.apply(from);
  }
}
