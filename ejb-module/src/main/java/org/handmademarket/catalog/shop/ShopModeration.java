package org.handmademarket.catalog.shop;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.handmademarket.catalog.CatalogEvents;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.shipping.ShippingProfiles;

/**
 * Support suspends and reinstates shops. A suspension is announced with {@code shop.changed}, so
 * the search relay reindexes the shop's listings (a suspended shop's are not searchable), and carts
 * and checkout refuse them from the moment it commits. Every move is audited with its reason.
 */
@Stateless
public class ShopModeration {

  /** The audit log's target type for shops. */
  public static final String AUDIT_TARGET = "SHOP";

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject CatalogEvents events;
  @Inject AuditLog auditLog;
  @Inject ImageLinks links;
  @Inject ShippingProfiles shipping;

  /** Any shop, in any status. @throws MarketplaceException 403 for callers who are not support */
  public ShopView shop(long shopId) {
    currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    Shop shop = find(shopId, LockModeType.NONE);
    return ShopViews.view(em, shop, links, shipping.of(shop.id()));
  }

  public ShopView suspend(long shopId, String reason) {
    return move(shopId, reason, ShopStatus.SUSPENDED);
  }

  public ShopView reinstate(long shopId, String reason) {
    return move(shopId, reason, ShopStatus.ACTIVE);
  }

  private ShopView move(long shopId, String reason, ShopStatus target) {
    long agentId = currentUser.requireAnyRole(Role.SUPPORT, Role.ADMIN);
    if (reason == null || reason.isBlank()) {
      throw InvalidField.of("reason", "must say why");
    }
    Shop shop = find(shopId, LockModeType.PESSIMISTIC_WRITE);
    ShopStatus before = shop.status();
    if (before == target) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "The shop is " + target.name().toLowerCase() + " already.",
          Map.of());
    }
    if (target == ShopStatus.SUSPENDED) {
      shop.suspend();
    } else {
      shop.reinstate();
    }
    em.flush();
    String change = target == ShopStatus.SUSPENDED ? "suspended" : "reinstated";
    events.shopChanged(shopId, change);
    auditLog.record(
        agentId,
        "shop." + change,
        AUDIT_TARGET,
        shopId,
        reason,
        JSON.createObjectBuilder().add("from", before.name()).add("to", target.name()).build());
    return ShopViews.view(em, shop, links, shipping.of(shop.id()));
  }

  private Shop find(long shopId, LockModeType lock) {
    Shop shop = em.find(Shop.class, shopId, lock);
    if (shop == null) {
      throw new MarketplaceException(ProblemType.NOT_FOUND, "There is no shop " + shopId + ".");
    }
    return shop;
  }
}
