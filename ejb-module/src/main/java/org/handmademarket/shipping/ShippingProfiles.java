package org.handmademarket.shipping;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Shops' shipping profiles: read for any shops (carts, checkout, shop pages), and read and edited
 * by a seller for their own shop. Every read and write runs in the caller's transaction.
 */
@Stateless
public class ShippingProfiles {

  private static final Logger LOG = Logger.getLogger(ShippingProfiles.class.getName());
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject Event<ShippingProfileChanged> changes;

  /**
   * A profile for every given shop: its own, or {@link ShippingProfile#standard(long)} for a shop
   * that has not set one. Ids of shops that do not exist get the standard profile too.
   */
  public Map<Long, ShippingProfile> of(Collection<Long> shopIds) {
    Map<Long, ShippingProfile> profiles = new HashMap<>();
    if (shopIds.isEmpty()) {
      return profiles;
    }
    List<ShippingProfileRow> rows =
        em.createQuery(
                "SELECT r FROM ShippingProfileRow r WHERE r.shopId IN :ids",
                ShippingProfileRow.class)
            .setParameter("ids", List.copyOf(shopIds))
            .getResultList();
    for (ShippingProfileRow row : rows) {
      profiles.put(row.shopId(), row.profile());
    }
    for (Long shopId : shopIds) {
      profiles.computeIfAbsent(shopId, ShippingProfile::standard);
    }
    return profiles;
  }

  /** One shop's profile, or the standard one when it has not set its own. */
  public ShippingProfile of(long shopId) {
    ShippingProfileRow row = em.find(ShippingProfileRow.class, shopId);
    return row == null ? ShippingProfile.standard(shopId) : row.profile();
  }

  /**
   * The caller's own shop's profile.
   *
   * @throws MarketplaceException 401 anonymous; 403 for an account without a shop
   */
  public ShippingProfile mine() {
    return of(ownShopId());
  }

  /**
   * Replaces the caller's shop's profile and announces it with {@link ShippingProfileChanged}.
   *
   * @throws MarketplaceException 401 anonymous; 403 for an account without a shop; 400 naming every
   *     field that breaks a rule (nothing is stored then)
   */
  public ShippingProfile updateMine(ShippingSettings settings) {
    long shopId = ownShopId();
    ShippingProfile profile = ShippingProfile.of(shopId, ShippingRules.checked(settings));
    ShippingProfileRow row =
        em.find(ShippingProfileRow.class, shopId, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      row = new ShippingProfileRow(shopId);
      row.store(profile);
      em.persist(row);
    } else {
      row.store(profile);
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // Two first saves of the same shop's profile at once: the other one won.
        throw new MarketplaceException(
            ProblemType.CONFLICT,
            "The shipping profile was saved from somewhere else at the same time: reload it and"
                + " save again.",
            Map.of());
      }
      throw e;
    }
    changes.fire(new ShippingProfileChanged(shopId));
    LOG.fine(() -> "Shop " + shopId + " saved its shipping profile");
    return profile;
  }

  /** The shop the caller owns, read with SQL: the catalogue's entities are not ours to use. */
  private long ownShopId() {
    long userId = currentUser.requireUserId();
    List<?> shops =
        em.createNativeQuery("SELECT id FROM catalog_shops WHERE owner_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    if (shops.isEmpty()) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN,
          "Only sellers can do this: open a shop first (POST /api/seller/shop).",
          Map.of());
    }
    return ((Number) shops.get(0)).longValue();
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
