package org.handmademarket.web.console.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.handmademarket.catalog.shop.ShopModeration;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.web.console.Messages;

/** A shop as support sees it, with suspension and reinstatement. */
@Named
@ViewScoped
public class ShopCasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ShopModeration moderation;

  private long id;
  private ShopView shop;
  private final Reason reason = new Reason();

  /** The page's view action. */
  public void load() {
    shop = moderation.shop(id);
  }

  public void suspend() {
    shop = moderation.suspend(id, reason.getText());
    reason.setText(null);
    Messages.done("Shop suspended: its listings leave search and cannot be bought");
  }

  public void reinstate() {
    shop = moderation.reinstate(id, reason.getText());
    reason.setText(null);
    Messages.done("Shop reinstated");
  }

  public boolean isSuspended() {
    return shop != null && "SUSPENDED".equals(shop.status());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ShopView getShop() {
    return shop;
  }

  public Reason getReason() {
    return reason;
  }
}
