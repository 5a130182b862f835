package org.handmademarket.web.console.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.handmademarket.checkout.OrderView;
import org.handmademarket.checkout.Orders;
import org.handmademarket.web.console.Messages;

/** An order as support sees it, with cancellation and refund. */
@Named
@ViewScoped
public class OrderCasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Orders orders;

  private long id;
  private OrderView order;
  private final Reason reason = new Reason();

  /** The page's view action. */
  public void load() {
    order = orders.forSupport(id);
  }

  public void cancel() {
    order = orders.cancelAsSupport(id, reason.getText());
    reason.setText(null);
    Messages.done("Order cancelled");
  }

  public void refund() {
    order = orders.refund(id, reason.getText(), null);
    reason.setText(null);
    Messages.done("Order refunded");
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

  public Reason getReason() {
    return reason;
  }
}
