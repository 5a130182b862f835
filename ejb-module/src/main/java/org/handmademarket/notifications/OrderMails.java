package org.handmademarket.notifications;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.money.Money;

/**
 * Turns order events into queued mails. Keys are derived from what the mail is about, so that an
 * event consumed twice, or the second order of one checkout, queues nothing new:
 *
 * <ul>
 *   <li>{@code order.placed}: one mail to the buyer per checkout (key {@code checkout:<id>:placed},
 *       listing every shop's order and shipping) and one to the seller per order ({@code
 *       order:<id>:placed:seller});
 *   <li>{@code order.shipped} and {@code order.delivered}: the buyer; a delivery also queues an
 *       invitation to review, due {@code notifications.review-invitation.delay-days} later, unless
 *       the buyer turned those off;
 *   <li>{@code order.cancelled} and {@code order.refunded}: the buyer, if the order had been paid,
 *       and the seller when support (not the seller) ended it.
 * </ul>
 */
@Dependent
class OrderMails {

  private static final String FOOTER =
      "Handmade Market - you receive this mail because of an order on your account.";

  @Inject OrderRecords records;
  @Inject MailQueue queue;
  @Inject MailSettings settings;
  @Inject MailPreferences preferences;

  @Inject
  @ConfigProperty(name = "notifications.review-invitation.delay-days")
  int reviewInvitationDelayDays;

  void placed(long orderId) {
    Optional<OrderFacts> found = records.order(orderId);
    if (found.isEmpty()) {
      return;
    }
    OrderFacts order = found.get();
    queue.queue(
        "order:" + orderId + ":placed:seller",
        MailKind.SELLER_NEW_ORDER,
        order.seller().id(),
        order.seller().email(),
        sellerNewOrder(order));
    String buyerKey = "checkout:" + order.checkoutId() + ":placed";
    List<OrderFacts> checkout =
        records.paidOrdersOf(order.checkoutId()).stream()
            .map(records::order)
            .flatMap(Optional::stream)
            .toList();
    queue.queue(
        buyerKey,
        MailKind.BUYER_ORDER_PLACED,
        order.buyer().id(),
        order.buyer().email(),
        buyerPlaced(checkout));
  }

  void moved(long orderId, String status) {
    Optional<OrderFacts> found = records.order(orderId);
    if (found.isEmpty() || !records.wasPaid(orderId)) {
      return;
    }
    OrderFacts order = found.get();
    String key = "order:" + orderId + ":" + status.toLowerCase(java.util.Locale.ROOT);
    switch (status) {
      case "SHIPPED" -> toBuyer(order, key, MailKind.BUYER_ORDER_SHIPPED, buyerShipped(order));
      case "DELIVERED" -> {
        toBuyer(order, key, MailKind.BUYER_ORDER_DELIVERED, buyerDelivered(order));
        inviteReview(order);
      }
      case "CANCELLED", "REFUNDED" -> ended(order, key, status);
      default -> {
        // PENDING and PAID are not announced as moves; order.placed covers payment.
      }
    }
  }

  private void ended(OrderFacts order, String key, String status) {
    boolean refunded = "REFUNDED".equals(status);
    Optional<OrderRecords.Move> move = records.lastMoveTo(order.orderId(), status);
    String reason = move.map(OrderRecords.Move::note).orElse("");
    toBuyer(
        order,
        key,
        refunded ? MailKind.BUYER_ORDER_REFUNDED : MailKind.BUYER_ORDER_CANCELLED,
        buyerEnded(order, refunded, reason));
    Long actor = move.map(OrderRecords.Move::actorId).orElse(null);
    if (actor != null && actor != order.seller().id()) {
      queue.queue(
          key + ":seller",
          refunded ? MailKind.SELLER_ORDER_REFUNDED : MailKind.SELLER_ORDER_CANCELLED,
          order.seller().id(),
          order.seller().email(),
          sellerEndedBySupport(order, refunded, reason));
    }
  }

  private void inviteReview(OrderFacts order) {
    if (!preferences.of(order.buyer().id()).reviewInvitations()) {
      return;
    }
    queue.queueAfter(
        Duration.ofDays(reviewInvitationDelayDays),
        "order:" + order.orderId() + ":review-invitation",
        MailKind.BUYER_REVIEW_INVITATION,
        order.buyer().id(),
        order.buyer().email(),
        buyerReviewInvitation(order));
  }

  private void toBuyer(OrderFacts order, String key, MailKind kind, MailContent mail) {
    queue.queue(key, kind, order.buyer().id(), order.buyer().email(), mail);
  }

  private MailContent buyerPlaced(List<OrderFacts> orders) {
    OrderFacts first = orders.get(0);
    MailBody body =
        new MailBody("Thank you for your order, " + first.buyer().name() + "!")
            .paragraph(
                "We received your payment on "
                    + MailBody.date(first.createdAt())
                    + ". Each shop packs and ships its part itself; we will write again when"
                    + " a parcel is on its way.");
    BigDecimal paid = Money.ZERO;
    for (OrderFacts order : orders) {
      body.section("Order " + order.orderId() + " from " + order.shopName());
      itemsAndTotals(body, order);
      paid = paid.add(order.total());
      body.link("View order " + order.orderId(), ordersLink(order));
    }
    body.section("Shipping to").paragraph(String.join(", ", first.address()));
    if (orders.size() > 1) {
      body.line("Paid in all", MailBody.money(paid));
    }
    String subject =
        orders.size() == 1
            ? "Your order from " + first.shopName() + " is placed"
            : "Your orders from " + orders.size() + " shops are placed";
    return body.build(subject, FOOTER);
  }

  private MailContent sellerNewOrder(OrderFacts order) {
    MailBody body =
        fromShop(order, "You sold something, " + order.seller().name() + "!")
            .paragraph(
                order.buyer().name()
                    + " bought from "
                    + order.shopName()
                    + " on "
                    + MailBody.date(order.createdAt())
                    + ". Please ship by "
                    + MailBody.date(order.createdAt().toLocalDate().plusDays(order.shipByDays()))
                    + ".")
            .section("What to ship");
    itemsAndTotals(body, order);
    body.section("Where to").paragraph(String.join(", ", order.address()));
    body.link("Open order " + order.orderId(), sellerLink(order));
    return body.build("New order " + order.orderId() + " for " + order.shopName(), FOOTER);
  }

  private MailContent buyerShipped(OrderFacts order) {
    MailBody body =
        fromShop(order, "Your order from " + order.shopName() + " is on its way")
            .paragraph(order.shopName() + " handed your parcel to " + order.carrier() + ".")
            .line("Carrier", order.carrier())
            .line("Tracking number", order.trackingNumber())
            .gap();
    itemsAndTotals(body, order);
    body.link("View order " + order.orderId(), ordersLink(order));
    return body.build("Order " + order.orderId() + " has shipped", FOOTER);
  }

  private MailContent buyerDelivered(OrderFacts order) {
    MailBody body =
        fromShop(order, "Your order from " + order.shopName() + " has arrived")
            .paragraph(
                "We hope you love it. If something is wrong, reply to the shop from your order.");
    body.link("View order " + order.orderId(), ordersLink(order));
    return body.build("Order " + order.orderId() + " was delivered", FOOTER);
  }

  private MailContent buyerReviewInvitation(OrderFacts order) {
    MailBody body =
        fromShop(order, "How is your order from " + order.shopName() + "?")
            .paragraph(
                "A few words and a few stars help "
                    + order.shopName()
                    + " and shoppers who come after you. It takes a minute.");
    for (OrderFacts.Line line : order.lines()) {
      body.line("Item", line.title());
    }
    body.gap().link("Review your order " + order.orderId(), ordersLink(order));
    return body.build(
        "How is " + firstTitle(order) + "? Review your order from " + order.shopName(),
        "Handmade Market - you receive this invitation because you bought on Handmade Market."
            + " Turn these invitations off: "
            + settings.linkBaseUrl()
            + "/mail-preferences");
  }

  private static String firstTitle(OrderFacts order) {
    return order.lines().isEmpty() ? "your order" : order.lines().get(0).title();
  }

  private MailContent buyerEnded(OrderFacts order, boolean refunded, String reason) {
    MailBody body =
        fromShop(
            order,
            "Your order from "
                + order.shopName()
                + (refunded ? " was refunded" : " was cancelled"));
    if (refunded) {
      body.paragraph(
          MailBody.money(order.total())
              + " is on its way back to your payment method; banks usually show it within"
              + " 5 to 10 days.");
    } else {
      body.paragraph("You were not charged for it.");
    }
    if (!reason.isBlank()) {
      body.line("Reason", reason).gap();
    }
    itemsAndTotals(body, order);
    body.link("View order " + order.orderId(), ordersLink(order));
    return body.build(
        "Order " + order.orderId() + (refunded ? " was refunded" : " was cancelled"), FOOTER);
  }

  private MailContent sellerEndedBySupport(OrderFacts order, boolean refunded, String reason) {
    MailBody body =
        new MailBody(
                "Support " + (refunded ? "refunded" : "cancelled") + " order " + order.orderId())
            .paragraph(
                "Marketplace support ended this order of "
                    + order.shopName()
                    + ". Do not ship it; its pieces are back on sale if they had not shipped.");
    if (!reason.isBlank()) {
      body.line("Reason", reason).gap();
    }
    itemsAndTotals(body, order);
    body.link("Open order " + order.orderId(), sellerLink(order));
    return body.build(
        "Order "
            + order.orderId()
            + (refunded ? " was refunded" : " was cancelled")
            + " by support",
        FOOTER);
  }

  private static void itemsAndTotals(MailBody body, OrderFacts order) {
    for (OrderFacts.Line line : order.lines()) {
      body.line(
          line.quantity() + " x " + line.title() + " (" + MailBody.money(line.unitPrice()) + ")",
          MailBody.money(line.amount()));
    }
    body.line("Subtotal", MailBody.money(order.subtotal()))
        .line("Shipping", MailBody.money(order.shipping()))
        .line("Total", MailBody.money(order.total()))
        .gap();
  }

  private MailBody fromShop(OrderFacts order, String heading) {
    return new MailBody(heading).shop(order.shopName(), settings.imageUrl(order.shopLogoKey()));
  }

  private String ordersLink(OrderFacts order) {
    return settings.linkBaseUrl() + "/orders/" + order.orderId();
  }

  private String sellerLink(OrderFacts order) {
    return settings.linkBaseUrl() + "/console/seller/order.xhtml?id=" + order.orderId();
  }
}
