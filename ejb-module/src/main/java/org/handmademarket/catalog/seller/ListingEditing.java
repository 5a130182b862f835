package org.handmademarket.catalog.seller;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Map;
import org.handmademarket.catalog.CatalogEvents;
import org.handmademarket.catalog.Category;
import org.handmademarket.catalog.Money;
import org.handmademarket.catalog.image.ImageLinks;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.catalog.listing.ListingViews;
import org.handmademarket.catalog.listing.Product;
import org.handmademarket.catalog.listing.ProductView;
import org.handmademarket.catalog.shop.Shop;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.inventory.StockRules;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;

/**
 * A seller lists items and looks after them: drafts, edits, price and stock changes, publishing and
 * deactivating. Stock changes go through {@link Inventory}, which locks the row; everything else is
 * an edit of the listing, announced in the outbox with the change.
 */
@Stateless
public class ListingEditing {

  @PersistenceContext EntityManager em;

  @Inject SellerAccess sellers;
  @Inject Inventory inventory;
  @Inject CatalogEvents events;
  @Inject ImageLinks links;

  /** A new draft in the caller's shop. */
  public ProductView create(NewListing listing) {
    Shop shop = sellers.ownShop();
    checkQuantity(listing.quantity());
    // The opening stock of a draft is written with the row: nothing can be sold from a draft, so
    // there
    // is nothing to lock yet. Every later change goes through inventory.
    Product product =
        new Product(
            shop,
            category(listing.details().categoryId()),
            listing.details(),
            price(listing.price()),
            listing.quantity());
    em.persist(product);
    em.flush();
    events.productChanged(product.id(), shop.id(), "created");
    return ListingViews.view(product, links);
  }

  /** The caller's listings, newest first, optionally of one status. */
  public Page<ListingCard> mine(ListingStatus status, PageRequest request) {
    return mine(new ListingFilter(null, status, null, true), request);
  }

  /** The caller's listings, filtered and sorted as the console's table asks. */
  public Page<ListingCard> mine(ListingFilter filter, PageRequest request) {
    Shop shop = sellers.ownShop();
    String where =
        "p.shop = :shop"
            + (filter.status() == null ? "" : " AND p.status = :status")
            + (filter.hasTitle() ? " AND LOWER(p.title) LIKE :title" : "");
    String direction = filter.descending() ? " DESC" : " ASC";
    TypedQuery<Product> page =
        em.createQuery(
                "SELECT p FROM Product p WHERE "
                    + where
                    + " ORDER BY p."
                    + filter.sortColumn()
                    + direction
                    + ", p.id"
                    + direction,
                Product.class)
            .setParameter("shop", shop)
            .setHint("eclipselink.batch", "p.images")
            .setHint("eclipselink.batch.type", "IN")
            .setFirstResult(request.offset())
            .setMaxResults(request.pageSize());
    TypedQuery<Long> total =
        em.createQuery("SELECT COUNT(p) FROM Product p WHERE " + where, Long.class)
            .setParameter("shop", shop);
    if (filter.status() != null) {
      page.setParameter("status", filter.status());
      total.setParameter("status", filter.status());
    }
    if (filter.hasTitle()) {
      page.setParameter("title", filter.titlePattern());
      total.setParameter("title", filter.titlePattern());
    }
    return Page.of(
        page.getResultList().stream().map(product -> ListingViews.card(product, links)).toList(),
        total.getSingleResult(),
        request);
  }

  public ProductView get(long productId) {
    return ListingViews.view(sellers.ownListing(productId), links);
  }

  /** Replaces everything the seller writes about the listing, its price and its stock. */
  public ProductView edit(long productId, NewListing listing) {
    Product product = sellers.ownListing(productId);
    checkQuantity(listing.quantity());
    product.describe(category(listing.details().categoryId()), listing.details());
    product.reprice(price(listing.price()));
    flush();
    if (listing.quantity() != product.quantity()) {
      inventory.setQuantity(productId, listing.quantity());
      reread(product);
    }
    events.productChanged(productId, product.shop().id(), "edited");
    return ListingViews.view(product, links);
  }

  public ProductView reprice(long productId, BigDecimal newPrice) {
    Product product = sellers.ownListing(productId);
    product.reprice(price(newPrice));
    flush();
    events.productChanged(productId, product.shop().id(), "repriced");
    return ListingViews.view(product, links);
  }

  /**
   * Sets the stock through inventory: at 0 an active listing is sold out, above 0 a sold-out one is
   * active again.
   */
  public ProductView changeQuantity(long productId, int quantity) {
    Product product = sellers.ownListing(productId);
    inventory.setQuantity(productId, quantity);
    reread(product);
    return ListingViews.view(product, links);
  }

  public ProductView publish(long productId) {
    Product product = sellers.ownListing(productId);
    product.publish();
    flush();
    events.productChanged(productId, product.shop().id(), "published");
    return ListingViews.view(product, links);
  }

  public ProductView deactivate(long productId) {
    Product product = sellers.ownListing(productId);
    product.deactivate();
    flush();
    events.productChanged(productId, product.shop().id(), "deactivated");
    return ListingViews.view(product, links);
  }

  /** Inventory changed the row behind the listing's back: write nothing stale, read it again. */
  private void reread(Product product) {
    em.flush();
    em.refresh(product);
  }

  /** Writes now, so that a concurrent edit is a 409 here rather than a failure at commit. */
  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "The listing was changed meanwhile: load it again and retry.",
          Map.of());
    }
  }

  private Category category(long categoryId) {
    Category category = em.find(Category.class, categoryId);
    if (category == null) {
      throw InvalidField.of("categoryId", "no such category");
    }
    boolean hasChildren =
        !em.createQuery("SELECT c.id FROM Category c WHERE c.parent = :category", Long.class)
            .setParameter("category", category)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (hasChildren) {
      throw InvalidField.of(
          "categoryId", "must be a category without sub-categories: choose the most specific one");
    }
    return category;
  }

  private static Money price(BigDecimal amount) {
    if (!Money.isValidPrice(amount)) {
      throw InvalidField.of(
          "price",
          "must be between " + Money.MIN + " and " + Money.MAX + " with at most two decimals");
    }
    return new Money(amount);
  }

  private static void checkQuantity(int quantity) {
    if (!StockRules.isSettable(quantity)) {
      throw InvalidField.of("quantity", "must be between 0 and " + StockRules.MAX_QUANTITY);
    }
  }
}
