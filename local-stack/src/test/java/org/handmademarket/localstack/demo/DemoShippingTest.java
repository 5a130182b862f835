package org.handmademarket.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The demo shops' shipping profiles: valid, varied, and saying what the shops' policies say. */
class DemoShippingTest {

  private static final BigDecimal RATE_MAX = new BigDecimal("10000.00");

  private static List<DemoShop> shops;
  private static List<DemoShipping.Profile> profiles;

  @BeforeAll
  static void generate() {
    shops = new ShopGenerator(7, CatalogueGenerator.BASE, IdBase.EMPTY).generate(300, 6_000);
    profiles = shops.stream().map(DemoShipping::of).toList();
  }

  @Test
  void everyProfileKeepsTheShippingRules() {
    List<Executable> checks = new ArrayList<>();
    for (DemoShipping.Profile profile : profiles) {
      checks.add(
          () -> {
            assertTrue(profile.originCountry().matches("[A-Z]{2}"), profile.toString());
            assertRate(profile.domesticFirst(), profile);
            assertRate(profile.domesticAdditional(), profile);
            assertEquals(
                profile.internationalFirst() == null,
                profile.internationalAdditional() == null,
                profile.toString());
            if (profile.internationalFirst() != null) {
              assertRate(profile.internationalFirst(), profile);
              assertRate(profile.internationalAdditional(), profile);
            }
            if (profile.freeDomesticThreshold() != null) {
              assertTrue(profile.freeDomesticThreshold().compareTo(BigDecimal.ONE) >= 0);
              assertEquals(2, profile.freeDomesticThreshold().scale());
            }
            assertTrue(profile.processingDaysMin() >= 1, profile.toString());
            assertTrue(
                profile.processingDaysMin() <= profile.processingDaysMax(), profile.toString());
            assertTrue(profile.processingDaysMax() <= 60, profile.toString());
          });
    }
    assertAll(checks);
  }

  @Test
  void profilesVaryLikeARealMarketplaces() {
    Set<String> countries = new TreeSet<>();
    profiles.forEach(profile -> countries.add(profile.originCountry()));
    assertTrue(
        countries.containsAll(Set.of("US", "GB", "CA", "AU", "DE", "FR", "NL", "IT")),
        "countries: " + countries);
    assertBetween(
        0.15, 0.6, share(profile -> profile.internationalFirst() == null), "domestic only");
    assertBetween(
        0.1, 0.6, share(profile -> profile.freeDomesticThreshold() != null), "thresholds");
    assertBetween(
        0.02,
        0.4,
        share(profile -> profile.domesticFirst().signum() == 0),
        "free standard shipping");
  }

  @Test
  void theProfileSaysWhatThePolicySays() {
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < shops.size(); i++) {
      DemoShop shop = shops.get(i);
      DemoShipping.Profile profile = profiles.get(i);
      String policy = shop.shippingPolicy();
      checks.add(
          () -> {
            assertEquals(
                DemoShipping.countryCode(shop.country()), profile.originCountry(), shop.country());
            if (policy.contains("Free shipping on orders over $50")) {
              assertEquals(new BigDecimal("50.00"), profile.freeDomesticThreshold(), policy);
            }
            if (policy.contains("Flat-rate shipping of $5 per order")) {
              assertEquals(new BigDecimal("5.00"), profile.domesticFirst(), policy);
              assertEquals(new BigDecimal("0.00"), profile.domesticAdditional(), policy);
            }
            if (policy.contains("Free standard shipping")) {
              assertEquals(new BigDecimal("0.00"), profile.domesticFirst(), policy);
            }
            if (policy.contains("International shipping available")) {
              assertNotNull(profile.internationalFirst(), policy);
            }
            if (policy.contains(" only.") || policy.contains("freight")) {
              assertNull(profile.internationalFirst(), policy);
            }
            String processing =
                "within "
                    + profile.processingDaysMin()
                    + "-"
                    + profile.processingDaysMax()
                    + " business days";
            if (policy.contains("business days")) {
              assertTrue(policy.contains(processing), processing + " in " + policy);
            }
          });
    }
    assertAll(checks);
  }

  @Test
  void theDemoPlacesAreKnownCountries() {
    for (Words.Place place : Words.PLACES) {
      String code = DemoShipping.countryCode(place.country());
      assertTrue(
          !code.equals("US") || place.country().equals("United States"),
          place.country() + " has no ISO code here");
    }
  }

  @Test
  void theSameShopAlwaysGetsTheSameProfile() {
    assertEquals(profiles, shops.stream().map(DemoShipping::of).toList());
  }

  private static void assertRate(BigDecimal rate, DemoShipping.Profile profile) {
    assertEquals(2, rate.scale(), profile.toString());
    assertTrue(rate.signum() >= 0 && rate.compareTo(RATE_MAX) <= 0, profile.toString());
  }

  private static double share(Predicate<DemoShipping.Profile> test) {
    return profiles.stream().filter(test).count() / (double) profiles.size();
  }

  private static void assertBetween(double min, double max, double value, String what) {
    assertTrue(value >= min && value <= max, what + ": " + value);
  }
}
