package org.handmademarket.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.persistence.Timestamps;

/**
 * Finds users, shops and orders from one search box: a number is tried as an id of each, a status
 * name as an order or shop status, anything else as part of an email or a name. Reads with SQL
 * through the views the owning features publish ({@code identity_accounts}, {@code catalog_shops},
 * {@code checkout_orders}); it is a read model for staff, never a way to change anything.
 */
@Stateless
public class Finder {

  /** At most this many of each kind: a finder, not a report. */
  static final int LIMIT = 50;

  private static final Set<String> ORDER_STATUSES =
      Set.of("PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED");
  private static final Set<String> SHOP_STATUSES = Set.of("ACTIVE", "SUSPENDED");

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;

  /**
   * @throws org.handmademarket.platform.errors.MarketplaceException 403 for callers who are not
   *     staff
   */
  public Findings find(String query) {
    currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    String text = query == null ? "" : query.strip();
    if (text.isEmpty()) {
      return new Findings(List.of(), List.of(), List.of());
    }
    // No id matches -1 and no status matches "": the queries keep one shape for every search.
    long id = asId(text);
    String upper = text.toUpperCase(Locale.ROOT);
    String like =
        "%"
            + text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    return new Findings(
        users(id, like),
        shops(id, like, SHOP_STATUSES.contains(upper) ? upper : ""),
        orders(id, like, ORDER_STATUSES.contains(upper) ? upper : ""));
  }

  private List<UserHit> users(long id, String like) {
    return rows(
            "SELECT u.id, u.email, u.display_name, u.status, u.roles"
                + " FROM identity_accounts u WHERE u.id = ?1 OR lower(u.email) LIKE ?2 OR lower(u.display_name) LIKE ?2"
                + " ORDER BY u.id LIMIT "
                + LIMIT,
            id,
            like)
        .map(
            c ->
                new UserHit(
                    number(c[0]),
                    (String) c[1],
                    (String) c[2],
                    (String) c[3],
                    c[4] == null ? "" : (String) c[4]))
        .toList();
  }

  private List<ShopHit> shops(long id, String like, String status) {
    return rows(
            "SELECT s.id, s.name, s.slug, s.status, u.email FROM catalog_shops s"
                + " JOIN identity_accounts u ON u.id = s.owner_id"
                + " WHERE s.id = ?1 OR s.owner_id = ?1 OR lower(s.name) LIKE ?2 OR lower(s.slug) LIKE ?2"
                + " OR lower(u.email) LIKE ?2 OR s.status = ?3 ORDER BY s.id LIMIT "
                + LIMIT,
            id,
            like,
            status)
        .map(
            c ->
                new ShopHit(
                    number(c[0]), (String) c[1], (String) c[2], (String) c[3], (String) c[4]))
        .toList();
  }

  private List<OrderHit> orders(long id, String like, String status) {
    return rows(
            "SELECT o.id, o.status, o.total, o.created_at, s.name, u.email"
                + " FROM checkout_orders o JOIN catalog_shops s ON s.id = o.shop_id"
                + " JOIN identity_accounts u ON u.id = o.buyer_id"
                + " WHERE o.id = ?1 OR o.shop_id = ?1 OR lower(u.email) LIKE ?2 OR o.status = ?3"
                + " ORDER BY o.created_at DESC, o.id DESC LIMIT "
                + LIMIT,
            id,
            like,
            status)
        .map(
            c ->
                new OrderHit(
                    number(c[0]),
                    (String) c[1],
                    (BigDecimal) c[2],
                    Timestamps.of(c[3]),
                    (String) c[4],
                    (String) c[5]))
        .toList();
  }

  /** The rows of a query whose positional parameters are {@code parameters}, in order. */
  private Stream<Object[]> rows(String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> result = query.getResultList();
    return result.stream().map(row -> (Object[]) row);
  }

  private static long asId(String text) {
    return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1L;
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** What the search box found. */
  public record Findings(List<UserHit> users, List<ShopHit> shops, List<OrderHit> orders) {}

  public record UserHit(long id, String email, String displayName, String status, String roles) {}

  public record ShopHit(long id, String name, String slug, String status, String ownerEmail) {}

  public record OrderHit(
      long id,
      String status,
      BigDecimal total,
      OffsetDateTime createdAt,
      String shopName,
      String buyerEmail) {}
}
