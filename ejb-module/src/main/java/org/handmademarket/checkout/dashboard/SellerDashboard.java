package org.handmademarket.checkout.dashboard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.handmademarket.catalog.seller.SellerAccess;
import org.handmademarket.platform.money.Money;

/**
 * The figures a seller opens the console for: what sold today and this month, what waits to be
 * shipped, what runs low, and how sales went over the last 30 days. Days are UTC days. Sales count
 * orders that were paid and not cancelled or refunded, at what the buyer paid for them (items and
 * shipping).
 */
@Stateless
public class SellerDashboard {

  /** A listing with this many pieces or fewer is low on stock. */
  public static final int LOW_STOCK = 3;

  static final int DAYS = 30;
  static final int TOP = 5;

  private static final String SOLD = "('PAID', 'SHIPPED', 'DELIVERED')";

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;

  /**
   * @throws org.handmademarket.platform.errors.MarketplaceException 403 for an account without a
   *     shop
   */
  public Figures figures() {
    long shopId = sellers.ownShopId();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new Figures(
        salesSince(shopId, today),
        salesSince(shopId, today.withDayOfMonth(1)),
        count("SELECT count(*) FROM orders WHERE shop_id = ?1 AND status = 'PAID'", shopId),
        count(
            "SELECT count(*) FROM catalog_listings WHERE shop_id = ?1 AND status = 'ACTIVE'"
                + " AND quantity <= "
                + LOW_STOCK,
            shopId),
        count(
            "SELECT count(*) FROM catalog_listings WHERE shop_id = ?1 AND status = 'SOLD_OUT'",
            shopId),
        perDay(shopId, today),
        top(shopId));
  }

  private BigDecimal salesSince(long shopId, LocalDate day) {
    Object sum =
        em.createNativeQuery(
                "SELECT coalesce(sum(subtotal + shipping), 0) FROM orders WHERE shop_id = ?1 AND status IN "
                    + SOLD
                    + " AND created_at >= ?2")
            .setParameter(1, shopId)
            .setParameter(2, day.atStartOfDay().atOffset(ZoneOffset.UTC))
            .getSingleResult();
    return Money.of((BigDecimal) sum);
  }

  private long count(String sql, long shopId) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, shopId).getSingleResult())
        .longValue();
  }

  private List<DaySales> perDay(long shopId, LocalDate today) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(d.day AS text), coalesce(sum(o.subtotal + o.shipping), 0) FROM"
                    + " generate_series(CAST(?2 AS date), CAST(?3 AS date), interval '1 day') AS d(day)"
                    + " LEFT JOIN orders o ON o.shop_id = ?1 AND o.status IN "
                    + SOLD
                    + " AND (o.created_at AT TIME ZONE 'UTC')::date = d.day::date"
                    + " GROUP BY d.day ORDER BY d.day")
            .setParameter(1, shopId)
            .setParameter(2, today.minusDays(DAYS - 1L).toString())
            .setParameter(3, today.toString())
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(
            c ->
                new DaySales(
                    LocalDate.parse(((String) c[0]).substring(0, 10)), Money.of((BigDecimal) c[1])))
        .toList();
  }

  private List<ListingSales> top(long shopId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT i.product_id, max(i.title), sum(i.quantity), sum(i.unit_price * i.quantity) AS revenue"
                    + " FROM order_items i JOIN orders o ON o.id = i.order_id"
                    + " WHERE o.shop_id = ?1 AND o.status IN "
                    + SOLD
                    + " GROUP BY i.product_id ORDER BY revenue DESC, i.product_id LIMIT "
                    + TOP)
            .setParameter(1, shopId)
            .getResultList();
    return rows.stream()
        .map(row -> (Object[]) row)
        .map(
            c ->
                new ListingSales(
                    ((Number) c[0]).longValue(),
                    (String) c[1],
                    ((Number) c[2]).longValue(),
                    Money.of((BigDecimal) c[3])))
        .toList();
  }

  /** The dashboard's numbers. */
  public record Figures(
      BigDecimal salesToday,
      BigDecimal salesThisMonth,
      long openOrders,
      long lowStockListings,
      long soldOutListings,
      List<DaySales> salesPerDay,
      List<ListingSales> topListings) {}

  public record DaySales(LocalDate day, BigDecimal sales) {}

  public record ListingSales(long productId, String title, long pieces, BigDecimal revenue) {}
}
