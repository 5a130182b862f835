package org.handmademarket.shipping;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippingProfileTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

  /** Ships from Great Britain, abroad too, free at home from 40.00, within 1 to 3 days. */
  private static final ShippingProfile WORLDWIDE =
      new ShippingProfile(
          7, "GB", rate("3.50", "1.25"), rate("12.00", "4.00"), new BigDecimal("40.00"), 1, 3);

  /** Ships from Germany to Germany only, no free shipping, within 2 to 5 days. */
  private static final ShippingProfile DOMESTIC_ONLY =
      new ShippingProfile(8, "DE", rate("4.90", "0.00"), null, null, 2, 5);

  @ParameterizedTest(name = "{0} x{1} for {2}: {4} (free from {5}, {6} to go), {7}..{8}")
  @CsvSource(
      nullValues = "-",
      value = {
        // to, pieces, items, ships, amount, threshold, remaining, from, to
        "GB, 1, 10.00,  true,  3.50, 40.00, 30.00, 2026-12-06, 2026-12-11",
        "gb, 3, 20.00,  true,  6.00, 40.00, 20.00, 2026-12-06, 2026-12-11",
        "GB, 2, 39.99,  true,  4.75, 40.00,  0.01, 2026-12-06, 2026-12-11",
        "GB, 2, 40.00,  true,  0.00, 40.00,  0.00, 2026-12-06, 2026-12-11",
        "GB, 2, 40.01,  true,  0.00, 40.00,  0.00, 2026-12-06, 2026-12-11",
        "-,  1, 10.00,  true,  3.50, 40.00, 30.00, 2026-12-06, 2026-12-11",
        "US, 1, 100.00, true, 12.00, -,     -,     2026-12-11, 2026-12-27",
        "US, 3, 100.00, true, 20.00, -,     -,     2026-12-11, 2026-12-27",
        "FR, 2, 39.99,  true, 16.00, -,     -,     2026-12-11, 2026-12-27",
      })
  void quotesTheRateOfTheZoneTheThresholdAndTheDeliveryDays(
      String destination,
      int pieces,
      String items,
      boolean ships,
      String amount,
      String threshold,
      String remaining,
      String from,
      String to) {
    ShippingQuote quote = WORLDWIDE.quote(destination, pieces, new BigDecimal(items), TODAY);
    assertAll(
        () ->
            assertEquals(
                destination == null ? null : destination.toUpperCase(), quote.destinationCountry()),
        () -> assertEquals("GB", quote.shipsFrom()),
        () -> assertEquals(ships, quote.ships()),
        () -> assertEquals(new BigDecimal(amount), quote.amount()),
        () -> assertEquals(money(threshold), quote.freeShippingThreshold()),
        () -> assertEquals(money(remaining), quote.freeShippingRemaining()),
        () -> assertEquals(new DeliveryEstimate(day(from), day(to)), quote.estimatedDelivery()));
  }

  @ParameterizedTest
  @CsvSource({"DE, 1, 4.90", "DE, 4, 4.90", "de, 2, 4.90"})
  void aDomesticOnlyShopQuotesHomeWithoutAThreshold(String to, int pieces, String amount) {
    ShippingQuote quote = DOMESTIC_ONLY.quote(to, pieces, new BigDecimal("500.00"), TODAY);
    assertTrue(quote.ships());
    assertEquals(new BigDecimal(amount), quote.amount());
    assertNull(quote.freeShippingThreshold());
    assertNull(quote.freeShippingRemaining());
    assertEquals(
        new DeliveryEstimate(day("2026-12-07"), day("2026-12-13")), quote.estimatedDelivery());
  }

  @Test
  void aDomesticOnlyShopDoesNotShipAbroad() {
    ShippingQuote quote = DOMESTIC_ONLY.quote("AT", 2, new BigDecimal("30.00"), TODAY);
    assertEquals(
        new ShippingQuote("AT", "DE", false, new BigDecimal("0.00"), null, null, null), quote);
    assertEquals(2, quote.amount().scale());
  }

  @Test
  void anUnknownDestinationIsQuotedTheDomesticRate() {
    ShippingQuote blank = DOMESTIC_ONLY.quote(" ", 1, new BigDecimal("5.00"), TODAY);
    assertNull(blank.destinationCountry());
    assertTrue(blank.ships());
    assertEquals(new BigDecimal("4.90"), blank.amount());
  }

  @Test
  void deliveryDaysCrossMonthsAndYears() {
    ShippingProfile slow =
        new ShippingProfile(9, "AU", rate("9.00", "2.00"), rate("30.00", "8.00"), null, 10, 60);
    LocalDate newYearsEve = LocalDate.parse("2026-12-31");
    assertEquals(
        new DeliveryEstimate(day("2027-01-12"), day("2027-03-06")),
        slow.quote("AU", 1, BigDecimal.TEN, newYearsEve).estimatedDelivery());
    assertEquals(
        new DeliveryEstimate(day("2027-01-17"), day("2027-03-22")),
        slow.quote("NZ", 1, BigDecimal.TEN, newYearsEve).estimatedDelivery());
  }

  @Test
  void ratesChargeTheFirstItemAndEachAdditionalOneWithTwoDecimals() {
    ShippingRate rate = rate("5", "1.5");
    assertEquals(new BigDecimal("5.00"), rate.firstItem());
    assertEquals(new BigDecimal("5.00"), rate.forPieces(1));
    assertEquals(new BigDecimal("6.50"), rate.forPieces(2));
    assertEquals(new BigDecimal("153.50"), rate.forPieces(100));
    assertEquals(new BigDecimal("0.00"), rate("0", "0").forPieces(3));
    assertThrows(IllegalArgumentException.class, () -> rate.forPieces(0));
    assertThrows(
        IllegalArgumentException.class, () -> WORLDWIDE.quote("GB", 0, BigDecimal.ONE, TODAY));
  }

  @Test
  void theStandardProfileIsBelievable() {
    ShippingProfile standard = ShippingProfile.standard(42);
    assertAll(
        () -> assertEquals(42, standard.shopId()),
        () -> assertEquals("US", standard.originCountry()),
        () -> assertEquals(rate("5.00", "1.00"), standard.domestic()),
        () -> assertEquals(rate("15.00", "5.00"), standard.international()),
        () -> assertNull(standard.freeDomesticThreshold()),
        () -> assertEquals(1, standard.processingDaysMin()),
        () -> assertEquals(3, standard.processingDaysMax()),
        () -> assertTrue(ShippingRules.check(standard.settings()).isEmpty()));
    assertEquals(new BigDecimal("7.00"), standard.quote(null, 3, BigDecimal.TEN, TODAY).amount());
    assertEquals(new BigDecimal("25.00"), standard.quote("GB", 3, BigDecimal.TEN, TODAY).amount());
    assertTrue(standard.quote("CA", 1, BigDecimal.TEN, TODAY).ships());
  }

  @Test
  void settingsAndQuotesAreWrittenWithEveryMemberAndTwoDecimals() throws Exception {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      JsonObject settings = parse(jsonb.toJson(DOMESTIC_ONLY.settings()));
      assertEquals(
          Json.createObjectBuilder()
              .add(
                  "domestic",
                  Json.createObjectBuilder()
                      .add("additionalItem", new BigDecimal("0.00"))
                      .add("firstItem", new BigDecimal("4.90")))
              .addNull("freeDomesticThreshold")
              .addNull("international")
              .add("originCountry", "DE")
              .add("processingDaysMax", 5)
              .add("processingDaysMin", 2)
              .build(),
          settings);
      assertTrue(jsonb.toJson(DOMESTIC_ONLY.settings()).contains("\"additionalItem\":0.00"));

      String quote = jsonb.toJson(DOMESTIC_ONLY.quote(null, 1, BigDecimal.TEN, TODAY));
      JsonObject parsed = parse(quote);
      assertTrue(parsed.isNull("destinationCountry"), quote);
      assertTrue(parsed.isNull("freeShippingThreshold"), quote);
      assertTrue(parsed.isNull("freeShippingRemaining"), quote);
      assertEquals(
          "2026-12-07", parsed.getJsonObject("estimatedDelivery").getString("from"), quote);
      assertTrue(quote.contains("\"amount\":4.90"), quote);

      String abroad = jsonb.toJson(DOMESTIC_ONLY.quote("AT", 1, BigDecimal.TEN, TODAY));
      assertTrue(parse(abroad).isNull("estimatedDelivery"), abroad);
      assertTrue(abroad.contains("\"amount\":0.00"), abroad);
    }
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  static ShippingRate rate(String first, String additional) {
    return new ShippingRate(new BigDecimal(first), new BigDecimal(additional));
  }

  private static BigDecimal money(String amount) {
    return amount == null ? null : new BigDecimal(amount);
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
