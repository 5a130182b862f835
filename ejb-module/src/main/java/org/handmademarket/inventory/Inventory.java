package org.handmademarket.inventory;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;
import org.handmademarket.platform.outbox.Outbox;
import org.handmademarket.platform.outbox.OutboxEventType;
import org.handmademarket.platform.persistence.SqlArrays;

/**
 * Every stock change goes through here. Each method locks the product rows it touches ({@code
 * SELECT ... FOR NO KEY UPDATE}, always in ascending id order so that two callers locking
 * overlapping sets cannot deadlock), applies {@link StockRules}, and writes a {@link
 * OutboxEventType#PRODUCT_STOCK_CHANGED} outbox row and fires a {@link StockChanged} event per
 * changed listing, all inside the caller's transaction ({@code REQUIRED}): a checkout that fails
 * later rolls its stock changes back with everything else, and observers that wait for the commit
 * never hear of it.
 *
 * <p>Callers are trusted to have checked who may change the stock (the catalogue checks that a
 * seller owns the listing); inventory only keeps stock consistent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Inventory {

  /** No buyer: every hold counts. */
  private static final long NOBODY = 0L;

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;
  @Inject StockHolds holds;
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
      // The seller counts what is not held: pieces buyers hold stay theirs until the hold ends.
      change(
          item,
          quantity,
          holds.active(List.of(productId), NOBODY).getOrDefault(productId, HeldStock.NONE));
    }
    return item.level();
  }

  /**
   * Takes several lines out of stock at once (a checkout): all of them, or none when any is short.
   * The buyer's own holds are used first and every hold of theirs ends, as does any expired hold on
   * these listings.
   *
   * @param quantities how many of each listing, by product id; every quantity at least 1
   */
  public Withdrawal withdraw(long buyerId, Map<Long, Integer> quantities) {
    return take(buyerId, quantities, null);
  }

  /**
   * Holds pieces for a buyer who is paying, until {@code until}: taken out of what others can buy,
   * replacing whatever the buyer held before. All lines or none.
   *
   * @param quantities how many of each listing, by product id; every quantity at least 1
   * @return the held lines with the listing's title and price under the lock, or the shortages
   */
  public Withdrawal hold(long buyerId, Map<Long, Integer> quantities, OffsetDateTime until) {
    return take(buyerId, quantities, until);
  }

  /** Ends every hold of the buyer: the pieces are on sale again. */
  public void release(long buyerId) {
    Set<Long> held = holds.heldBy(buyerId);
    if (held.isEmpty()) {
      return;
    }
    Map<Long, InventoryItem> items = lock(held);
    StockHolds.Ended ended = holds.endOwnAndExpired(buyerId, items.keySet());
    restock(items, ended.returned(), ended.othersHolding());
  }

  /**
   * Puts the pieces of expired holds back on sale, at most {@code limit} listings per call.
   *
   * @return how many listings got pieces back
   */
  public int releaseExpired(int limit) {
    Set<Long> expired = holds.withExpiredHolds(limit);
    if (expired.isEmpty()) {
      return 0;
    }
    Map<Long, InventoryItem> items = lock(expired);
    Map<Long, Integer> back = holds.endExpired(items.keySet());
    if (!back.isEmpty()) {
      restock(items, back, holds.active(back.keySet(), NOBODY));
    }
    return back.size();
  }

  /** What other buyers than {@code callerId} hold of a listing right now. */
  public HeldStock heldByOthers(long productId, long callerId) {
    return holds.active(List.of(productId), callerId).getOrDefault(productId, HeldStock.NONE);
  }

  private Withdrawal take(long buyerId, Map<Long, Integer> quantities, OffsetDateTime holdUntil) {
    SortedMap<Long, Integer> wanted = requirePositive(quantities);
    Set<Long> touched = new TreeSet<>(wanted.keySet());
    touched.addAll(holds.heldBy(buyerId));
    Map<Long, InventoryItem> items = lock(touched);
    StockHolds.Ended ended = holds.endOwnAndExpired(buyerId, items.keySet());
    Map<Long, Integer> back = ended.returned();
    Map<Long, HeldStock> stillHeld = ended.othersHolding();
    List<Shortage> shortages = shortages(wanted, items, back);
    if (!shortages.isEmpty()) {
      return new Withdrawal.Refused(withHoldEnds(shortages, stillHeld));
    }
    if (holdUntil != null) {
      holds.hold(buyerId, wanted, holdUntil);
    }
    List<WithdrawnStock> taken = new ArrayList<>();
    for (Long productId : touched) {
      InventoryItem item = items.get(productId);
      if (item == null) {
        continue;
      }
      int requested = wanted.getOrDefault(item.id(), 0);
      int newQuantity = item.quantity() + back.getOrDefault(item.id(), 0) - requested;
      HeldStock held =
          holdUntil == null
              ? stillHeld.getOrDefault(item.id(), HeldStock.NONE)
              : plus(stillHeld.get(item.id()), requested, holdUntil);
      if (newQuantity != item.quantity() || holdUntil != null) {
        change(item, newQuantity, held);
      }
      if (requested > 0) {
        taken.add(
            new WithdrawnStock(
                item.id(),
                item.shopId(),
                item.title(),
                item.price(),
                requested,
                item.quantity(),
                item.status()));
      }
    }
    return new Withdrawal.Taken(taken);
  }

  /**
   * The lines that stock cannot cover as it stands, read without taking or waiting for any lock:
   * checkout answers a cart whose listing sold out at once, instead of queueing behind the buyers
   * who hold the row's lock. An empty answer decides nothing; {@link #withdraw} decides under the
   * lock.
   *
   * @param quantities how many of each listing, by product id; every quantity at least 1
   */
  public List<Shortage> shortagesNow(long buyerId, Map<Long, Integer> quantities) {
    SortedMap<Long, Integer> wanted = requirePositive(quantities);
    Map<Long, InventoryItem> items =
        em
            .createQuery("SELECT i FROM InventoryItem i WHERE i.id IN :ids", InventoryItem.class)
            .setParameter("ids", List.copyOf(wanted.keySet()))
            .getResultList()
            .stream()
            .collect(Collectors.toMap(InventoryItem::id, Function.identity()));
    StockHolds.Ended holdsNow = holds.ownAndExpired(buyerId, wanted.keySet());
    return withHoldEnds(shortages(wanted, items, holdsNow.returned()), holdsNow.othersHolding());
  }

  /** The lines that stock, with the pieces holds give {@code back}, cannot cover. */
  private static List<Shortage> shortages(
      SortedMap<Long, Integer> wanted, Map<Long, InventoryItem> items, Map<Long, Integer> back) {
    List<Shortage> shortages = new ArrayList<>();
    wanted.forEach(
        (productId, requested) -> {
          InventoryItem item = items.get(productId);
          int available = item == null ? 0 : item.availableWith(back.getOrDefault(productId, 0));
          if (available < requested) {
            shortages.add(
                new Shortage(
                    productId, item == null ? null : item.title(), requested, available, null));
          }
        });
    return shortages;
  }

  /** Adds when other buyers' holds end, so a refused shopper knows when to look again. */
  private static List<Shortage> withHoldEnds(List<Shortage> shortages, Map<Long, HeldStock> held) {
    return shortages.stream()
        .map(
            shortage ->
                new Shortage(
                    shortage.productId(),
                    shortage.title(),
                    shortage.requested(),
                    shortage.available(),
                    held.getOrDefault(shortage.productId(), HeldStock.NONE).earliestEnd()))
        .toList();
  }

  private static HeldStock plus(HeldStock others, int pieces, OffsetDateTime until) {
    if (pieces == 0) {
      return others == null ? HeldStock.NONE : others;
    }
    if (others == null) {
      return new HeldStock(pieces, until);
    }
    OffsetDateTime earliest = others.earliestEnd().isBefore(until) ? others.earliestEnd() : until;
    return new HeldStock(others.quantity() + pieces, earliest);
  }

  private void restock(
      Map<Long, InventoryItem> items, Map<Long, Integer> back, Map<Long, HeldStock> stillHeld) {
    back.forEach(
        (productId, pieces) -> {
          InventoryItem item = items.get(productId);
          change(item, item.quantity() + pieces, stillHeld.getOrDefault(productId, HeldStock.NONE));
        });
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
    Map<Long, HeldStock> held = holds.active(returned.keySet(), NOBODY);
    List<StockLevel> levels = new ArrayList<>();
    returned.forEach(
        (productId, count) -> {
          InventoryItem item = items.get(productId);
          if (item == null) {
            throw new MarketplaceException(
                ProblemType.NOT_FOUND, "There is no listing " + productId + ".");
          }
          change(item, item.quantity() + count, held.getOrDefault(productId, HeldStock.NONE));
          levels.add(item.level());
        });
    return levels;
  }

  private Map<Long, InventoryItem> lock(Collection<Long> productIds) {
    List<Long> ordered = productIds.stream().sorted().distinct().toList();
    // FOR NO KEY UPDATE, not FOR UPDATE: a row that only references a listing (a view, a cart or
    // order line) takes a key-share lock on it through its foreign key; FOR UPDATE would wait for
    // those, and a batch of such inserts reaching the listings in another order deadlocks with it.
    // ORDER BY: PostgreSQL takes the row locks in the sorted order.
    em.createNativeQuery(
            "SELECT id FROM products WHERE id = ANY(CAST(?1 AS bigint[])) ORDER BY id"
                + " FOR NO KEY UPDATE")
        .setParameter(1, SqlArrays.bigints(ordered))
        .getResultList();
    return em
        .createQuery("SELECT i FROM InventoryItem i WHERE i.id IN :ids", InventoryItem.class)
        .setParameter("ids", ordered)
        // Read what the locked rows hold now, whatever this transaction saw of them before.
        .setHint("eclipselink.refresh", "true")
        .getResultList()
        .stream()
        .collect(Collectors.toMap(InventoryItem::id, Function.identity()));
  }

  private void change(InventoryItem item, int newQuantity, HeldStock held) {
    int before = item.quantity();
    String statusBefore = item.status();
    item.changeTo(newQuantity);
    outbox.record(
        OutboxEventType.PRODUCT_STOCK_CHANGED,
        item.id(),
        JSON.createObjectBuilder()
            .add("quantity", item.quantity())
            .add("previousQuantity", before)
            .add("status", item.status())
            .add("previousStatus", statusBefore)
            .build());
    stockChanges.fire(
        new StockChanged(
            item.id(),
            item.quantity(),
            item.available(),
            item.status(),
            held.quantity(),
            held.earliestEnd()));
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
