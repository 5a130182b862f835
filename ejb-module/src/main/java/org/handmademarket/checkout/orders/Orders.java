package org.handmademarket.checkout.orders;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.seller.SellerAccess;
import org.handmademarket.checkout.payment.OrderRefunds;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.payments.ledger.Ledger;
import org.handmademarket.payments.ledger.TrailEntry;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;

/**
 * Orders after checkout: what buyers see of theirs, what sellers do with their shop's (ship,
 * deliver, cancel), and what support may do with any (cancel, refund). Every method starts from the
 * caller ({@link CurrentUser}); an order the caller may not see is 404, exactly like one that does
 * not exist. Moves lock the order row, so a seller's cancel and a payment confirmation cannot
 * cross.
 */
@Stateless
public class Orders {

  /** The audit log's target type for orders. */
  public static final String AUDIT_TARGET = "ORDER";

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject OrderLifecycle lifecycle;
  @Inject OrderRefunds refunds;
  @Inject Ledger ledger;
  @Inject SellerAccess sellers;
  @Inject AuditLog auditLog;

  /** The caller's orders, newest first. */
  public Page<OrderView> mine(PageRequest page) {
    long buyerId = currentUser.requireUserId();
    return page(
        em.createQuery(
                "SELECT o FROM ShopOrder o WHERE o.buyerId = :buyer ORDER BY o.createdAt DESC, o.id DESC",
                Order.class)
            .setParameter("buyer", buyerId),
        em.createQuery("SELECT COUNT(o) FROM ShopOrder o WHERE o.buyerId = :buyer", Long.class)
            .setParameter("buyer", buyerId),
        page);
  }

  /** One of the caller's orders. @throws MarketplaceException 404 for another buyer's order */
  public OrderView mine(long orderId) {
    long buyerId = currentUser.requireUserId();
    Order order = em.find(Order.class, orderId);
    if (order == null || order.buyerId() != buyerId) {
      throw notFound(orderId);
    }
    return view(order);
  }

  /**
   * The orders of the caller's shop, newest first, optionally of one status.
   *
   * @throws MarketplaceException 403 for an account without a shop; 400 for an unknown status
   */
  public Page<OrderView> ofMyShop(String status, PageRequest page) {
    long shopId = myShop();
    OrderStatus wanted = status == null || status.isBlank() ? null : status(status);
    String filter = wanted == null ? "" : " AND o.status = :status";
    TypedQuery<Order> items =
        em.createQuery(
                "SELECT o FROM ShopOrder o WHERE o.shopId = :shop"
                    + filter
                    + " ORDER BY o.createdAt DESC, o.id DESC",
                Order.class)
            .setParameter("shop", shopId);
    TypedQuery<Long> count =
        em.createQuery(
                "SELECT COUNT(o) FROM ShopOrder o WHERE o.shopId = :shop" + filter, Long.class)
            .setParameter("shop", shopId);
    if (wanted != null) {
      items.setParameter("status", wanted);
      count.setParameter("status", wanted);
    }
    return page(items, count, page);
  }

  /** One order of the caller's shop. */
  public OrderView ofMyShop(long orderId) {
    return view(shopOrder(orderId, false));
  }

  /** The seller hands a paid order to a carrier. */
  public OrderView ship(long orderId, String carrier, String trackingNumber) {
    long sellerId = currentUser.requireUserId();
    Order order = shopOrder(orderId, true);
    order.ship(carrier.trim(), trackingNumber.trim(), sellerId, now());
    lifecycle.announce(order);
    return view(order);
  }

  /** The seller confirms a shipped order arrived. */
  public OrderView deliver(long orderId) {
    long sellerId = currentUser.requireUserId();
    Order order = shopOrder(orderId, true);
    order.moveTo(OrderStatus.DELIVERED, sellerId, "Delivered", now());
    lifecycle.announce(order);
    return view(order);
  }

  /**
   * The seller cancels a paid order not shipped yet: the buyer's money goes back through the
   * payment provider (the order ends refunded, with the reason) and its stock back on sale.
   *
   * @throws MarketplaceException 409 {@code payment-in-flight} while the payment is confirmed, 409
   *     once shipped, 502 when the provider does not refund
   */
  public OrderView cancelAsSeller(long orderId, String reason) {
    long sellerId = currentUser.requireUserId();
    Order order = shopOrder(orderId, true);
    if (order.status() != OrderStatus.PAID) {
      order.requireMove(OrderStatus.CANCELLED);
    }
    refunds.refund(order, sellerId, note("Cancelled by the seller", reason));
    return view(order);
  }

  /** Any order, for support. @throws MarketplaceException 403 without the role */
  public OrderView forSupport(long orderId) {
    requireSupport();
    Order order = em.find(Order.class, orderId);
    if (order == null) {
      throw notFound(orderId);
    }
    return view(order);
  }

  /**
   * Support cancels any paid order not shipped yet, refunding it like {@link #cancelAsSeller}.
   *
   * @throws MarketplaceException 403 without the role or for the agent's own order, 409 and 502 as
   *     for the seller
   */
  public OrderView cancelAsSupport(long orderId, String reason) {
    long agentId = requireSupport();
    Order order = anyOrder(orderId);
    refuseOwnPurchase(agentId, order);
    OrderStatus before = order.status();
    if (before != OrderStatus.PAID) {
      order.requireMove(OrderStatus.CANCELLED);
    }
    refunds.refund(order, agentId, note("Cancelled by support", reason));
    audit(agentId, "order.cancelled", order, before, reason);
    return view(order);
  }

  /**
   * Support refunds a paid, shipped or delivered order through the payment provider, all of what is
   * left of it or part; stock comes back only for goods that never left the shop, and only when the
   * whole order is refunded.
   *
   * @param amount the part to refund; null for all that is left
   * @throws MarketplaceException 403 without the role or for the agent's own order, 409 as for
   *     cancelling, 422 {@code refund-exceeds-payment}, 502 {@code refund-failed}
   */
  public OrderView refund(long orderId, String reason, BigDecimal amount) {
    long agentId = requireSupport();
    Order order = anyOrder(orderId);
    refuseOwnPurchase(agentId, order);
    OrderStatus before = order.status();
    String note = note("Refunded by support", reason);
    if (amount == null) {
      refunds.refund(order, agentId, note);
    } else {
      refunds.refund(order, amount, agentId, note);
    }
    audit(agentId, "order.refunded", order, before, reason);
    return view(order);
  }

  /** The ledger's entries of the order's money, for support. */
  public List<TrailEntry> moneyTrail(long orderId) {
    requireSupport();
    if (em.find(Order.class, orderId) == null) {
      throw notFound(orderId);
    }
    return ledger.trail(orderId);
  }

  /** Written in the move's transaction: a refused move leaves no entry. */
  private void audit(long agentId, String action, Order order, OrderStatus before, String reason) {
    auditLog.record(
        agentId,
        action,
        AUDIT_TARGET,
        order.id(),
        reason,
        JSON.createObjectBuilder()
            .add("from", before.name())
            .add("to", order.status().name())
            .add("shopId", order.shopId())
            .add("refunded", order.refunded())
            .build());
  }

  private long requireSupport() {
    return currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
  }

  /**
   * Staff may not send money to themselves: another agent handles their own orders (separation of
   * duties). Checked against the caller, whatever the request says.
   */
  private static void refuseOwnPurchase(long agentId, Order order) {
    if (order.buyerId() == agentId) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN,
          "You bought order "
              + order.id()
              + " yourself; another member of staff has to cancel or refund it.");
    }
  }

  private Order anyOrder(long orderId) {
    Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw notFound(orderId);
    }
    return order;
  }

  private Order shopOrder(long orderId, boolean lock) {
    long shopId = myShop();
    Order order =
        lock
            ? em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Order.class, orderId);
    if (order == null || order.shopId() != shopId) {
      throw notFound(orderId);
    }
    return order;
  }

  private long myShop() {
    return sellers.ownShopId();
  }

  private Page<OrderView> page(TypedQuery<Order> items, TypedQuery<Long> count, PageRequest page) {
    List<Order> orders =
        items.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
    Map<Long, String> names =
        ShopNames.of(em, orders.stream().map(Order::shopId).distinct().toList());
    return Page.of(
        orders.stream().map(order -> OrderView.of(order, names.get(order.shopId()))).toList(),
        count.getSingleResult(),
        page);
  }

  private OrderView view(Order order) {
    return OrderView.of(order, ShopNames.of(em, List.of(order.shopId())).get(order.shopId()));
  }

  private static OrderStatus status(String name) {
    return Arrays.stream(OrderStatus.values())
        .filter(status -> status.name().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidField.of(
                    "status",
                    "must be one of "
                        + Arrays.stream(OrderStatus.values()).map(Enum::name).toList()));
  }

  private static String note(String what, String reason) {
    return reason == null || reason.isBlank() ? what : what + ": " + reason.trim();
  }

  private static MarketplaceException notFound(long orderId) {
    return new MarketplaceException(ProblemType.NOT_FOUND, "There is no order " + orderId + ".");
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
