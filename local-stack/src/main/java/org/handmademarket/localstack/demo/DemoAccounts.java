package org.handmademarket.localstack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sign-ins of the demo: one account per role with a printed password, a few more shoppers, and
 * one seller account per generated shop. Local demo data only: the passwords are public by design.
 */
final class DemoAccounts {

  static final String ADMIN_PASSWORD = "demo-admin-2026";
  static final String SUPPORT_PASSWORD = "demo-support-2026";
  static final String SELLER_PASSWORD = "demo-seller-2026";
  static final String SHOPPER_PASSWORD = "demo-shopper-2026";

  static final String SELLER_NAME = "Sage Whitlock";
  static final String SHOPPER_EMAIL = "shopper@handmade.test";

  /** Generated sellers are {@code seller<n>@shops.handmade.test}, n being the shop's number. */
  static final String GENERATED_SELLER_DOMAIN = "shops.handmade.test";

  private static final List<String> SELLER_ROLES = List.of("SELLER", "SHOPPER");

  private record Fixed(String email, String displayName, String password, List<String> roles) {}

  private static final List<Fixed> FIXED =
      List.of(
          new Fixed("admin@handmade.test", "Ada Admin", ADMIN_PASSWORD, List.of("ADMIN")),
          new Fixed("support@handmade.test", "Sol Support", SUPPORT_PASSWORD, List.of("SUPPORT")),
          new Fixed("seller@handmade.test", SELLER_NAME, SELLER_PASSWORD, SELLER_ROLES),
          new Fixed(SHOPPER_EMAIL, "Sam Rivera", SHOPPER_PASSWORD, List.of("SHOPPER")),
          new Fixed("nora@handmade.test", "Nora Lindqvist", SHOPPER_PASSWORD, List.of("SHOPPER")),
          new Fixed("felix@handmade.test", "Felix Okafor", SHOPPER_PASSWORD, List.of("SHOPPER")),
          new Fixed("priya@handmade.test", "Priya Patel", SHOPPER_PASSWORD, List.of("SHOPPER")),
          new Fixed("hugo@handmade.test", "Hugo Moreau", SHOPPER_PASSWORD, List.of("SHOPPER")));

  /** Users that come before the generated sellers; their ids follow the database's largest one. */
  static final int FIXED_ACCOUNTS = FIXED.size();

  private DemoAccounts() {}

  /** The accounts to print, in the order above. */
  static List<DemoAccount> printable() {
    return FIXED.stream().map(f -> new DemoAccount(f.email(), f.password(), f.roles())).toList();
  }

  static long sellerId(IdBase ids) {
    return ids.users() + 3;
  }

  /** The ids of the accounts that only shop: they get favourites and a browsing history. */
  static List<Long> shopperIds(IdBase ids) {
    List<Long> shoppers = new ArrayList<>();
    for (int i = 0; i < FIXED.size(); i++) {
      if (FIXED.get(i).roles().equals(List.of("SHOPPER"))) {
        shoppers.add(ids.users() + i + 1);
      }
    }
    return shoppers;
  }

  /**
   * Hashes each distinct demo password once, in parallel: 210,000 iterations each is the point of
   * PBKDF2, and there are hundreds of sellers sharing one password. The salts come from the seed so
   * that a catalogue is reproducible to the byte; these are published demo passwords, not secrets.
   */
  static Map<String, String> hashPasswords(long seed) {
    return FIXED.stream()
        .map(Fixed::password)
        .distinct()
        .parallel()
        .collect(
            Collectors.toMap(
                Function.identity(),
                password ->
                    PasswordHasher.hash(
                        password,
                        Dice.of(seed, "salt:" + password, 0).bytes(PasswordHasher.SALT_BYTES))));
  }

  /** The fixed accounts and one seller per shop (the demo seller owns the first shop). */
  static List<DemoUser> users(
      IdBase ids, List<DemoShop> shops, Map<String, String> hashes, Instant base) {
    List<DemoUser> users = new ArrayList<>(FIXED.size() + shops.size());
    Instant joined = base.minus(Duration.ofDays(1000));
    for (int i = 0; i < FIXED.size(); i++) {
      Fixed f = FIXED.get(i);
      users.add(
          new DemoUser(
              ids.users() + i + 1,
              f.email(),
              f.displayName(),
              hashes.get(f.password()),
              f.roles(),
              joined));
    }
    String sellerHash = hashes.get(SELLER_PASSWORD);
    for (int ordinal = 1; ordinal < shops.size(); ordinal++) {
      DemoShop shop = shops.get(ordinal);
      users.add(
          new DemoUser(
              shop.ownerId(),
              "seller" + ordinal + "@" + GENERATED_SELLER_DOMAIN,
              shop.ownerName(),
              sellerHash,
              SELLER_ROLES,
              shop.createdAt().minus(Duration.ofDays(1 + shop.id() % 30))));
    }
    return users;
  }
}
