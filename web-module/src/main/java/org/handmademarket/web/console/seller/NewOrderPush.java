package org.handmademarket.web.console.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.handmademarket.checkout.NewShopOrder;

/**
 * Pushes each new order to its seller's open console pages (the template's {@code f:websocket} on
 * the {@value #CHANNEL} channel, keyed by the seller's account id), which show it in a growl. Only
 * sockets opened in that seller's signed-in sessions receive it.
 */
@ApplicationScoped
public class NewOrderPush {

  static final String CHANNEL = "orders";

  @Inject
  @Push(channel = CHANNEL)
  PushContext orders;

  void announce(@Observes NewShopOrder order) {
    orders.send(
        Map.of(
            "orderId", order.orderId(),
            "subtotal", order.subtotal().toPlainString(),
            "lines", order.lines()),
        order.sellerId());
  }
}
