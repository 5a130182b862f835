package org.handmademarket.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.outbox.Outbox;

/**
 * Every stock change goes through here. Each method locks the product rows it touches ({@code
 * SELECT ... FOR UPDATE}, always in ascending id order so that two callers locking overlapping sets
 * cannot deadlock), applies {@link StockRules}, and writes a {@code product.stock-changed} outbox
 * row and fires a {@link StockChanged} event per changed listing, all inside the caller's
 * transaction ({@code REQUIRED}): a checkout that fails later rolls its stock changes back with
 * everything else, and observers that wait for the commit never hear of it.
 *
 * <p>Callers are trusted to have checked who may change the stock (the catalogue checks that a
 * seller owns the listing); inventory only keeps stock consistent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Inventory {

  static final String AGGREGATE = "PRODUCT";
  static final String STOCK_CHANGED = "product.stock-changed";

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;
  @Inject Event<StockChanged> stockChanges;

  /**
   * A seller sets the stock of a listing.
   *
   * @throws MarketplaceException 400 naming {@code quantity} outside 0..{@value
   *     StockRules#MAX_QUANTITY}, 404 for an unknown listing
   */
  public StockLevel setQuantity(long productId, int quantity) {
    if (!StockRules.isSettable(quantity)) {
      throw InvalidField.of("quantity", "must be between 0 and " + StockRules.MAX_QUANTITY);
    }
    InventoryItem item = lock(List.of(productId)).get(productId);
    if (item == null) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no listing " + productId + ".");
    }
    if (item.quantity() != quantity) {
      change(item, quantity);
    }
    return item.level();
  }

  /**
   * Takes several lines out of stock at once (a checkout): all of them, or none when any is short.
   *
   * @param quantities how many of each listing, by product id; every quantity at least 1
   */
  public Withdrawal withdraw(Map<Long, Integer> quantities) {
    SortedMap<Long, Integer> wanted = requirePositive(quantities);
    Map<Long, InventoryItem> items = lock(wanted.keySet());
    List<Shortage> shortages = new ArrayList<>();
    wanted.forEach(
        (productId, requested) -> {
          InventoryItem item = items.get(productId);
          int available = item == null ? 0 : item.available();
          if (available < requested) {
            shortages.add(
                new Shortage(productId, item == null ? null : item.title(), requested, available));
          }
        });
    if (!shortages.isEmpty()) {
      return new Withdrawal.Refused(shortages);
    }
    List<WithdrawnStock> taken = new ArrayList<>();
    wanted.forEach(
        (productId, requested) -> {
          InventoryItem item = items.get(productId);
          change(item, item.quantity() - requested);
          taken.add(
              new WithdrawnStock(
                  productId,
                  item.shopId(),
                  item.title(),
                  item.price(),
                  requested,
                  item.quantity(),
                  item.status()));
        });
    return new Withdrawal.Taken(taken);
  }

  /**
   * Puts stock back (a cancelled or refunded order). A sold-out listing becomes active again; a
   * listing the seller withdrew meanwhile keeps its status but gets its stock back. The seller's
   * maximum does not apply: it limits what a seller types, and a return must never fail on it.
   *
   * @param quantities how many of each listing, by product id; every quantity at least 1
   * @throws MarketplaceException 404 when a listing does not exist
   */
  public List<StockLevel> putBack(Map<Long, Integer> quantities) {
    SortedMap<Long, Integer> returned = requirePositive(quantities);
    Map<Long, InventoryItem> items = lock(returned.keySet());
    List<StockLevel> levels = new ArrayList<>();
    returned.forEach(
        (productId, count) -> {
          InventoryItem item = items.get(productId);
          if (item == null) {
            throw new MarketplaceException(
                ProblemType.NOT_FOUND, "There is no listing " + productId + ".");
          }
          change(item, item.quantity() + count);
          levels.add(item.level());
        });
    return levels;
  }

  private Map<Long, InventoryItem> lock(Collection<Long> productIds) {
    List<Long> ordered = productIds.stream().sorted().distinct().toList();
    // ORDER BY under FOR UPDATE: PostgreSQL takes the row locks in the sorted order.
    return em
        .createQuery(
            "SELECT i FROM InventoryItem i WHERE i.id IN :ids ORDER BY i.id", InventoryItem.class)
        .setParameter("ids", ordered)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(InventoryItem::id, Function.identity()));
  }

  private void change(InventoryItem item, int newQuantity) {
    int before = item.quantity();
    String statusBefore = item.status();
    item.changeTo(newQuantity);
    outbox.record(
        AGGREGATE,
        item.id(),
        STOCK_CHANGED,
        Json.createObjectBuilder()
            .add("quantity", item.quantity())
            .add("previousQuantity", before)
            .add("status", item.status())
            .add("previousStatus", statusBefore)
            .build());
    stockChanges.fire(
        new StockChanged(item.id(), item.quantity(), item.available(), item.status()));
  }

  private static SortedMap<Long, Integer> requirePositive(Map<Long, Integer> quantities) {
    if (quantities == null || quantities.isEmpty()) {
      throw new IllegalArgumentException("at least one line is needed");
    }
    quantities.forEach(
        (productId, quantity) -> {
          if (productId == null || quantity == null || quantity < 1) {
            throw new IllegalArgumentException(
                "each line needs a product and a quantity of at least 1: "
                    + productId
                    + "="
                    + quantity);
          }
        });
    return new TreeMap<>(quantities);
  }
}
