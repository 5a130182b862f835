package org.handmademarket.cart;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.inventory.HeldStock;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.money.Money;
import org.handmademarket.platform.persistence.SqlArrays;
import org.handmademarket.shipping.Countries;
import org.handmademarket.shipping.ShippingProfile;
import org.handmademarket.shipping.ShippingProfiles;

/**
 * The signed-in shopper's cart. Every method works on the caller's own cart (from {@link
 * CurrentUser}) and answers 401 to anonymous callers, except {@link #availability}, which anyone
 * may ask.
 *
 * <p>Adding or raising a quantity locks the listing's row ({@code SELECT ... FOR NO KEY UPDATE},
 * which rows referencing the listing do not wait for, nor it for them) before it compares stock
 * with what the cart will hold, so two tabs adding the last piece at once cannot both get it into
 * the cart. Checkout locks again and decides for real: stock can still go while a cart waits.
 *
 * <p>Each shopper-facing operation is timed ({@link CartLatency}).
 */
@Stateless
@Interceptors(CartLatency.class)
public class Carts {

  /** The most of one listing a cart holds: more is a typo, or a reseller. */
  public static final int MAX_LINE_QUANTITY = 99;

  /** The caller id of an anonymous shopper: no account has it, so nothing is theirs. */
  private static final long ANONYMOUS = 0L;

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject CartCache cache;
  @Inject ImageLinks links;
  @Inject Event<CartChanged> changes;
  @Inject Inventory inventory;
  @Inject ShippingProfiles shipping;

  /**
   * The caller's cart with shipping to {@code country}, from the cache when it has it.
   *
   * @param country ISO 3166-1 alpha-2, or null for each shop's domestic rate
   * @throws MarketplaceException 400 naming {@code country} for an unknown code
   */
  public CartView cart(String country) {
    long userId = currentUser.requireUserId();
    Countries.require("country", country);
    return cache
        .get(userId, country)
        .orElseGet(
            () -> {
              CartView cart = load(userId, country);
              cache.put(userId, country, cart);
              return cart;
            });
  }

  /**
   * Adds {@code quantity} pieces to what the cart holds of the listing.
   *
   * @throws MarketplaceException 404 for a listing shoppers cannot see; 409 {@code
   *     insufficient-stock} with {@code available} and {@code inCart} when stock cannot cover the
   *     new total
   */
  public CartView add(long productId, int quantity, String country) {
    long userId = currentUser.requireUserId();
    requireQuantity(quantity, 1);
    Countries.require("country", country);
    Listing listing = lockListing(userId, productId);
    int inCart = inCart(userId, productId);
    int total = inCart + quantity;
    if (total > MAX_LINE_QUANTITY) {
      throw InvalidField.of(
          "quantity",
          "a cart holds at most " + MAX_LINE_QUANTITY + " of one item (it holds " + inCart + ")");
    }
    requireStock(listing, total, inCart);
    store(userId, listing, total);
    return changed(userId, country);
  }

  /**
   * Sets how many of the listing the cart holds (adding it when it is not there yet); 0 removes it.
   *
   * @throws MarketplaceException 404 for a listing shoppers cannot see; 409 as for {@link #add}
   */
  public CartView set(long productId, int quantity, String country) {
    long userId = currentUser.requireUserId();
    requireQuantity(quantity, 0);
    Countries.require("country", country);
    if (quantity == 0) {
      return remove(productId, country);
    }
    Listing listing = lockListing(userId, productId);
    int inCart = inCart(userId, productId);
    if (quantity > inCart) {
      // Lowering a quantity never needs stock; raising it does.
      requireStock(listing, quantity, inCart);
    }
    store(userId, listing, quantity);
    return changed(userId, country);
  }

  /**
   * Removes the listing from the cart. @throws MarketplaceException 404 when it is not in the cart
   */
  public CartView remove(long productId, String country) {
    long userId = currentUser.requireUserId();
    Countries.require("country", country);
    int removed =
        em.createNativeQuery("DELETE FROM cart_items WHERE user_id = ?1 AND product_id = ?2")
            .setParameter(1, userId)
            .setParameter(2, productId)
            .executeUpdate();
    if (removed == 0) {
      throw notInCart(productId);
    }
    return changed(userId, country);
  }

  /** Empties the caller's cart. */
  public CartView clear() {
    long userId = currentUser.requireUserId();
    emptyCartOf(userId);
    return CartView.empty(null);
  }

  /**
   * How many of a listing can be bought now, and how many the caller holds.
   *
   * @throws MarketplaceException 404 for a listing shoppers cannot see
   */
  public Availability availability(long productId) {
    long callerId = currentUser.userId().orElse(ANONYMOUS);
    Listing listing = readListing(callerId, productId, false);
    int inCart = callerId == ANONYMOUS ? 0 : inCart(callerId, productId);
    int available = listing.available();
    HeldStock held = inventory.heldByOthers(productId, callerId);
    return new Availability(
        available,
        inCart,
        inCart < available && inCart < MAX_LINE_QUANTITY,
        held.quantity(),
        held.earliestEnd());
  }

  /**
   * The lines of a shopper's cart, listing by listing, for checkout (in the caller's transaction).
   */
  public List<CartEntry> entriesOf(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT product_id, quantity FROM cart_items WHERE user_id = ?1 ORDER BY product_id")
            .setParameter(1, userId)
            .getResultList();
    List<CartEntry> entries = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      entries.add(
          new CartEntry(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue()));
    }
    return entries;
  }

  /** Empties a shopper's cart in the caller's transaction. */
  public void emptyCartOf(long userId) {
    em.createNativeQuery("DELETE FROM cart_items WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
    changes.fire(new CartChanged(userId));
  }

  /**
   * Takes bought listings out of a shopper's cart in the caller's transaction (a paid checkout);
   * what they added meanwhile stays.
   */
  public void removeBought(long userId, Collection<Long> productIds) {
    em.createNativeQuery(
            "DELETE FROM cart_items WHERE user_id = ?1 AND product_id = ANY(CAST(?2 AS bigint[]))")
        .setParameter(1, userId)
        .setParameter(2, SqlArrays.bigints(productIds))
        .executeUpdate();
    changes.fire(new CartChanged(userId));
  }

  /**
   * A shopper's cart read from the database in the caller's transaction, for checkout's answers;
   * the caller's own holds count as available to them.
   */
  public CartView current(long userId, String country) {
    return load(userId, country);
  }

  private CartView changed(long userId, String country) {
    changes.fire(new CartChanged(userId));
    return load(userId, country);
  }

  private void store(long userId, Listing listing, int quantity) {
    em.createNativeQuery(
            "INSERT INTO cart_items (user_id, product_id, shop_id, quantity) VALUES (?1, ?2, ?3, ?4)"
                + " ON CONFLICT (user_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity")
        .setParameter(1, userId)
        .setParameter(2, listing.id())
        .setParameter(3, listing.shopId())
        .setParameter(4, quantity)
        .executeUpdate();
  }

  private static void requireStock(Listing listing, int wanted, int inCart) {
    if (wanted > listing.available()) {
      throw new MarketplaceException(
          ProblemType.INSUFFICIENT_STOCK,
          listing.available() == 0
              ? "\"" + listing.title() + "\" is sold out."
              : "Only " + listing.available() + " of \"" + listing.title() + "\" available.",
          Map.of("productId", listing.id(), "available", listing.available(), "inCart", inCart));
    }
  }

  private static void requireQuantity(int quantity, int min) {
    if (quantity < min || quantity > MAX_LINE_QUANTITY) {
      throw InvalidField.of("quantity", "must be between " + min + " and " + MAX_LINE_QUANTITY);
    }
  }

  private static MarketplaceException notInCart(long productId) {
    return new MarketplaceException(
        ProblemType.NOT_FOUND, "Listing " + productId + " is not in your cart.");
  }

  private int inCart(long userId, long productId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT quantity FROM cart_items WHERE user_id = ?1 AND product_id = ?2")
            .setParameter(1, userId)
            .setParameter(2, productId)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }

  private Listing lockListing(long userId, long productId) {
    return readListing(userId, productId, true);
  }

  /**
   * A listing shoppers can see (published, of a shop in good standing), optionally with its row
   * locked until the transaction ends. What the caller holds of it in checkout counts as theirs.
   *
   * <p>It names the catalogue's tables rather than its view (an exception in the table ownership
   * data): the lock must fall on the listing's row alone, not on its shop's too, as it would
   * through the view, and the status and stock must be read again from the locked row after waiting
   * for it.
   */
  private Listing readListing(long callerId, long productId, boolean lock) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT p.id, p.shop_id, p.title, p.quantity + COALESCE(h.quantity, 0), p.status"
                    + " FROM products p JOIN shops s ON s.id = p.shop_id"
                    + " LEFT JOIN stock_holds h ON h.product_id = p.id AND h.user_id = ?2"
                    + " WHERE p.id = ?1 AND p.status IN ('ACTIVE', 'SOLD_OUT') AND s.status = 'ACTIVE'"
                    + (lock ? " FOR NO KEY UPDATE OF p" : ""))
            .setParameter(1, productId)
            .setParameter(2, callerId)
            .getResultList();
    if (rows.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no listing " + productId + ".");
    }
    Object[] row = (Object[]) rows.get(0);
    return new Listing(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        ((Number) row[3]).intValue(),
        (String) row[4]);
  }

  private CartView load(long userId, String country) {
    // A sold-out listing has no stock left but what the caller holds.
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.id, c.product_id, l.title, l.price, c.quantity,"
                    + " CASE WHEN l.visible_to_shoppers THEN l.quantity + COALESCE(h.quantity, 0)"
                    + "  ELSE 0 END,"
                    + " l.thumbnail_key, l.shop_id, l.shop_name, l.shop_shipping_policy"
                    + " FROM cart_items c JOIN catalog_listings l ON l.id = c.product_id"
                    + " LEFT JOIN stock_holds h ON h.product_id = c.product_id AND h.user_id = c.user_id"
                    + " WHERE c.user_id = ?1 ORDER BY c.added_at, c.id")
            .setParameter(1, userId)
            .getResultList();
    Map<Long, ShopBuilder> shops = new LinkedHashMap<>();
    BigDecimal itemTotal = Money.ZERO;
    int itemCount = 0;
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      CartLine line =
          new CartLine(
              ((Number) c[0]).longValue(),
              ((Number) c[1]).longValue(),
              (String) c[2],
              Money.of((BigDecimal) c[3]),
              ((Number) c[4]).intValue(),
              ((Number) c[5]).intValue(),
              links.url((String) c[6]));
      long shopId = ((Number) c[7]).longValue();
      shops
          .computeIfAbsent(shopId, id -> new ShopBuilder(id, (String) c[8], (String) c[9]))
          .add(line);
      BigDecimal lineTotal = line.price().multiply(BigDecimal.valueOf(line.quantity()));
      itemTotal = itemTotal.add(lineTotal);
      itemCount += line.quantity();
    }
    Map<Long, ShippingProfile> profiles = shipping.of(shops.keySet());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<CartShop> groups =
        shops.values().stream()
            .map(shop -> shop.build(profiles.get(shop.id), country, today))
            .toList();
    BigDecimal shippingTotal =
        groups.stream().map(shop -> shop.shipping().amount()).reduce(Money.ZERO, BigDecimal::add);
    return new CartView(
        groups,
        Money.of(itemTotal),
        Money.of(shippingTotal),
        Money.of(itemTotal.add(shippingTotal)),
        itemCount,
        country);
  }

  /**
   * A listing as the caller may buy it: {@code quantity} counts what the caller holds in checkout,
   * so a listing sold out because of the caller's own hold still sells to them.
   */
  private record Listing(long id, long shopId, String title, int quantity, String status) {
    int available() {
      return quantity;
    }
  }

  private static final class ShopBuilder {
    private final long id;
    private final String name;
    private final String shippingPolicy;
    private final List<CartLine> lines = new ArrayList<>();
    private BigDecimal subtotal = Money.ZERO;
    private int pieces;

    ShopBuilder(long id, String name, String shippingPolicy) {
      this.id = id;
      this.name = name;
      this.shippingPolicy = shippingPolicy;
    }

    void add(CartLine line) {
      lines.add(line);
      subtotal = subtotal.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
      pieces += line.quantity();
    }

    CartShop build(ShippingProfile profile, String country, LocalDate today) {
      return new CartShop(
          id,
          name,
          shippingPolicy,
          lines,
          Money.of(subtotal),
          profile.quote(country, pieces, subtotal, today));
    }
  }
}
