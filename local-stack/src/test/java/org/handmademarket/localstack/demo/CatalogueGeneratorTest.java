package org.handmademarket.localstack.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator alone, without a database: one seed, one catalogue. */
class CatalogueGeneratorTest {

  private static final int LISTINGS = 500;
  private static final int SHOPS = 40;

  @Test
  void theSameSeedGeneratesTheSameRows() throws Exception {
    Map<String, String> hashes = DemoAccounts.hashPasswords(7);
    Map<String, String> again = DemoAccounts.hashPasswords(7);
    assertEquals(hashes, again);
    for (String hash : hashes.values()) {
      assertTrue(
          hash.matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}="), hash);
    }
    Fingerprint first = generate(7, hashes);
    Fingerprint second = generate(7, again);
    assertEquals(first.digest(), second.digest());
    assertEquals(LISTINGS, first.listings());
  }

  @Test
  void differentSeedsGenerateDifferentRows() throws Exception {
    // The same password hashes for both, so that only the generated catalogue can make the
    // difference.
    assertNotEquals(generate(7, fakeHashes()).digest(), generate(8, fakeHashes()).digest());
  }

  @Test
  void textFitsTheColumns() throws Exception {
    generate(
        11,
        fakeHashes(),
        new Sink() {
          @Override
          public void shops(List<DemoShop> shops) {
            for (DemoShop shop : shops) {
              assertTrue(shop.name().length() <= 80 && shop.slug().length() <= 80, shop.name());
              assertTrue(shop.tagline().length() <= 160, shop.tagline());
              assertTrue(shop.location().length() <= 120, shop.location());
            }
          }

          @Override
          public void listings(List<DemoListing> batch) {
            for (DemoListing listing : batch) {
              assertTrue(listing.title().length() <= 140, listing.title());
              assertTrue(
                  listing.tags().size() >= 3 && listing.tags().size() <= 8,
                  listing.tags().toString());
              assertTrue(
                  listing.tags().stream()
                      .allMatch(tag -> tag.length() <= 40 && tag.equals(tag.toLowerCase())));
              assertTrue(listing.materials().size() >= 1 && listing.materials().size() <= 3);
              assertTrue(listing.priceCents() >= 0);
            }
          }
        });
  }

  @Test
  void titlesSayNoWordTwiceInARowAndJewelleryPhotosShowTheTitlesMetal() throws Exception {
    Set<Long> jewellery = Set.of(1L, 101L, 102L, 103L, 104L);
    int[] metalPieces = {0};
    generate(
        13,
        fakeHashes(),
        new Sink() {
          @Override
          public void listings(List<DemoListing> batch) {
            for (DemoListing listing : batch) {
              String[] words = listing.title().toLowerCase(Locale.ROOT).split(" ");
              for (int i = 1; i < words.length; i++) {
                assertNotEquals(words[i - 1], words[i], listing.title());
              }
              Optional<MetalTone> metal = MetalTone.ofMaterial(listing.materials().get(0));
              if (jewellery.contains(listing.categoryId()) && metal.isPresent()) {
                metalPieces[0]++;
                for (DemoImage image : listing.images()) {
                  String file =
                      image.storageKey().substring(image.storageKey().lastIndexOf('/') + 1);
                  int variant = Integer.parseInt(file.substring(0, file.indexOf('.')));
                  assertEquals(
                      metal.get(),
                      MetalTone.ofVariant(variant),
                      listing.title() + " in " + listing.materials() + ": " + image.storageKey());
                }
              }
            }
          }
        });
    assertTrue(metalPieces[0] > 10, "jewellery in metal was generated: " + metalPieces[0]);
  }

  @Test
  void aStyleNeverRepeatsTheAdjective() {
    assertTrue(ListingGenerator.sharesAWord("minimalist", "Minimalist"));
    assertTrue(ListingGenerator.sharesAWord("art deco", "deco"));
    assertEquals(
        "Minimalist locket, locket necklace",
        ListingGenerator.withoutRepeatedWords("Minimalist minimalist locket, locket necklace"));
  }

  @Test
  void slugsSatisfyTheSchemasCheck() {
    assertEquals("willow-and-wick", Slugs.of("Willow & Wick"));
    assertEquals("maggies-attic", Slugs.of("Maggie's Attic"));
    assertEquals("montreal-clay-co", Slugs.of("Montréal Clay Co."));
    assertEquals("krakow-relics-2", Slugs.of("  Kraków -- Relics 2 "));
  }

  private record Fingerprint(String digest, int listings) {}

  private static Fingerprint generate(long seed, Map<String, String> hashes) throws Exception {
    MessageDigest digest = sha256();
    int[] listings = {0};
    generate(
        seed,
        hashes,
        new Sink() {
          @Override
          public void users(List<DemoUser> users) {
            users.forEach(user -> update(digest, user));
          }

          @Override
          public void shops(List<DemoShop> shops) {
            shops.forEach(shop -> update(digest, shop));
          }

          @Override
          public void listings(List<DemoListing> batch) {
            batch.forEach(listing -> update(digest, listing));
            listings[0] += batch.size();
          }

          @Override
          public void activity(ShopperActivity activity) {
            activity.favorites().forEach(favorite -> update(digest, favorite));
            activity.views().forEach(view -> update(digest, view));
          }
        });
    return new Fingerprint(HexFormat.of().formatHex(digest.digest()), listings[0]);
  }

  private static void generate(long seed, Map<String, String> hashes, Sink sink) throws Exception {
    new CatalogueGenerator(
            seed, SHOPS, LISTINGS, IdBase.EMPTY, hashes, DemoOptions.DEFAULT_PHOTO_VARIANTS)
        .generate(sink);
  }

  private static Map<String, String> fakeHashes() {
    return Map.of(
        DemoAccounts.ADMIN_PASSWORD,
        "a",
        DemoAccounts.SUPPORT_PASSWORD,
        "b",
        DemoAccounts.SELLER_PASSWORD,
        "c",
        DemoAccounts.SHOPPER_PASSWORD,
        "d");
  }

  /** Records print every column (categories print as their slug), so their text is the row. */
  private static void update(MessageDigest digest, Record row) {
    digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  /** A sink that ignores what a test does not look at. */
  private interface Sink extends CatalogueSink {
    @Override
    default void users(List<DemoUser> users) {}

    @Override
    default void shops(List<DemoShop> shops) {}

    @Override
    default void listings(List<DemoListing> batch) {}

    @Override
    default void activity(ShopperActivity activity) {}
  }
}
