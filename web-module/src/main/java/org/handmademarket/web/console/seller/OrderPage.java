package org.handmademarket.web.console.seller;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.web.console.Messages;

/**
 * One order of the seller's shop: items, where it goes, its timeline, and the seller's moves. A
 * move the order's status does not allow is refused by the service, with its reason on the page.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Orders orders;

  private long id;
  private OrderView order;

  @NotBlank
  @Size(max = 60)
  private String carrier;

  @NotBlank
  @Size(max = 80)
  private String trackingNumber;

  /** The page's view action: another shop's order is 404, like one that does not exist. */
  public void load() {
    order = orders.ofMyShop(id);
  }

  public void ship() {
    order = orders.ship(id, carrier, trackingNumber);
    Messages.done("Marked as shipped");
  }

  public void deliver() {
    order = orders.deliver(id);
    Messages.done("Marked as delivered");
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

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }
}
