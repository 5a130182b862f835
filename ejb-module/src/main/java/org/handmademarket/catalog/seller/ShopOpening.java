package org.handmademarket.catalog.seller;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import org.handmademarket.catalog.CatalogEvents;
import org.handmademarket.catalog.Slug;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.catalog.shop.ShopProfile;
import org.handmademarket.catalog.shop.ShopView;
import org.handmademarket.catalog.shop.ShopViews;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.accounts.Accounts;
import org.handmademarket.identity.accounts.EmailVerification;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.shipping.ShippingProfile;

/**
 * A shopper opens a shop and becomes a seller: one shop per account, under a slug nobody else has.
 * A slug the seller chose is theirs or a 409; a slug made from the shop's name gets a number
 * appended until it is free, since the seller did not ask for that exact one.
 */
@Stateless
public class ShopOpening {

  private static final Logger LOG = Logger.getLogger(ShopOpening.class.getName());
  private static final String UNIQUE_VIOLATION = "23505";
  private static final int DERIVED_SLUG_ATTEMPTS = 50;

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject SellerAccess sellers;
  @Inject Accounts accounts;
  @Inject EmailVerification verification;
  @Inject CatalogEvents events;
  @Inject ImageLinks links;

  /**
   * @param requestedSlug the slug the seller chose, or null to make one from the name
   * @throws MarketplaceException 401 anonymous; 403 {@code email-unconfirmed} before the caller
   *     confirmed their email address; 409 when the caller has a shop or the slug is taken; 400 for
   *     an invalid slug or profile
   */
  public ShopView open(ShopProfile profile, String requestedSlug) {
    long ownerId = currentUser.requireUserId();
    if (!verification.isVerified(ownerId)) {
      // Buyers reach sellers through the address a shop was opened with: it must be read by
      // someone.
      throw new MarketplaceException(
          ProblemType.EMAIL_UNCONFIRMED,
          "Confirm your email address before you open a shop: follow the link we mailed you, or ask"
              + " for a new one from your account.",
          Map.of());
    }
    if (sellers.findOwnShop().isPresent()) {
      throw new MarketplaceException(
          ProblemType.CONFLICT, "You already have a shop: an account keeps one shop.", Map.of());
    }
    Slug slug =
        requestedSlug == null || requestedSlug.isBlank()
            ? freeSlugFor(profile.name())
            : chosen(requestedSlug);
    Shop shop = new Shop(ownerId, slug, profile);
    em.persist(shop);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // Someone took the slug, or this account opened a shop, between the checks and the insert.
        throw slugTaken(slug);
      }
      throw e;
    }
    accounts.grantRole(ownerId, Role.SELLER);
    events.shopChanged(shop.id(), "opened");
    LOG.info(() -> "Account " + ownerId + " opened shop " + shop.id() + " (" + shop.slug() + ")");
    return ShopViews.view(shop, 0, links, ShippingProfile.standard(shop.id()));
  }

  private Slug chosen(String requested) {
    if (!Slug.isValid(requested)) {
      throw InvalidField.of(
          "slug",
          "must be lower-case letters and digits in words joined by single hyphens, at most "
              + Slug.MAX_LENGTH
              + " characters");
    }
    Slug slug = new Slug(requested);
    if (isTaken(slug)) {
      throw slugTaken(slug);
    }
    return slug;
  }

  private Slug freeSlugFor(String name) {
    Slug base =
        Slug.fromName(name == null ? "" : name)
            .orElseThrow(
                () ->
                    InvalidField.of(
                        "slug",
                        "the name has no letters or digits to make a slug from: choose one"));
    for (int attempt = 1; attempt <= DERIVED_SLUG_ATTEMPTS; attempt++) {
      Slug candidate = attempt == 1 ? base : numbered(base, attempt);
      if (!isTaken(candidate)) {
        return candidate;
      }
    }
    throw slugTaken(base);
  }

  private static Slug numbered(Slug base, int number) {
    String suffix = "-" + number;
    String stem = base.value();
    if (stem.length() + suffix.length() > Slug.MAX_LENGTH) {
      stem = stem.substring(0, Slug.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
    }
    return new Slug(stem + suffix);
  }

  private boolean isTaken(Slug slug) {
    return !em.createQuery("SELECT s.id FROM Shop s WHERE s.slug = :slug", Long.class)
        .setParameter("slug", slug.value())
        .getResultList()
        .isEmpty();
  }

  private static MarketplaceException slugTaken(Slug slug) {
    return new MarketplaceException(
        ProblemType.CONFLICT,
        "The shop address '" + slug + "' is taken: choose another slug.",
        Map.of("field", "slug", "slug", slug.value()));
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
