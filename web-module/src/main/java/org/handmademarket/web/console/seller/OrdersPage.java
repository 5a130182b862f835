package org.handmademarket.web.console.seller;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.handmademarket.checkout.orders.OrderStatus;
import org.handmademarket.checkout.orders.OrderView;
import org.handmademarket.checkout.orders.Orders;
import org.handmademarket.web.console.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The orders of the seller's shop, newest first, filtered by status. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Orders orders;

  private LazyDataModel<OrderView> table;

  @PostConstruct
  void init() {
    table =
        new PagedTable<>(
            query -> orders.ofMyShop(query.filter("status"), query.page()), OrderView::id);
  }

  public OrderStatus[] getStatuses() {
    return OrderStatus.values();
  }

  public LazyDataModel<OrderView> getTable() {
    return table;
  }
}
