package org.handmademarket.web.console.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.payments.ledger.Account;
import org.handmademarket.payments.ledger.TrailEntry;
import org.handmademarket.platform.money.Money;
import org.handmademarket.web.console.Messages;

/**
 * An order as support sees it, with cancellation, a refund of all or part of what is left, and the
 * ledger's trail of the order's money.
 */
@Named
@ViewScoped
public class OrderCasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The ledger's kind of a refund's transaction. */
  private static final String REFUND = "REFUND";

  @Inject Orders orders;

  private long id;
  private OrderView order;
  private List<TrailEntry> trail;
  private final Reason reason = new Reason();

  @DecimalMin("0.01")
  @Digits(integer = 7, fraction = 2)
  private BigDecimal amount;

  /** The page's view action. */
  public void load() {
    order = orders.forSupport(id);
    trail = orders.moneyTrail(id);
  }

  public void cancel() {
    order = orders.cancelAsSupport(id, reason.getText());
    trail = orders.moneyTrail(id);
    reason.setText(null);
    Messages.done("Order cancelled");
  }

  /** Refunds the amount typed in, or all that is left of the order without one. */
  public void refund() {
    order = orders.refund(id, reason.getText(), amount);
    trail = orders.moneyTrail(id);
    Messages.done(amount == null ? "Order refunded" : Money.of(amount) + " refunded");
    reason.setText(null);
    amount = null;
  }

  /**
   * What went back to the buyer so far: the money that left the provider in the order's refunds
   * (negative entries, as credits).
   */
  public BigDecimal getRefunded() {
    return trail.stream()
        .filter(e -> REFUND.equals(e.kind()) && e.account() == Account.PROVIDER_CASH)
        .map(TrailEntry::amount)
        .reduce(Money.ZERO, BigDecimal::add)
        .negate();
  }

  /** What may still be refunded. */
  public BigDecimal getRefundable() {
    return order.total().subtract(getRefunded());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public OrderView getOrder() {
    return order;
  }

  public List<TrailEntry> getTrail() {
    return trail;
  }

  public Reason getReason() {
    return reason;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
