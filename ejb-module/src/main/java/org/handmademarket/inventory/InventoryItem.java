package org.handmademarket.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Inventory's view of a product row: what stock decisions need, loaded under a row lock. Title,
 * price and shop are read-only here; they are the snapshot a checkout copies into its order lines
 * while it holds the lock. The version is shared with the catalogue's listing, so a listing edited
 * from a stale copy after a stock change is refused instead of silently undoing it.
 */
@Entity
@Table(name = "products")
public class InventoryItem {

  @Id private Long id;

  @Column(name = "shop_id", insertable = false, updatable = false)
  private long shopId;

  @Column(insertable = false, updatable = false)
  private String title;

  @Column(insertable = false, updatable = false)
  private BigDecimal price;

  private int quantity;

  private String status;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected InventoryItem() {}

  /** Sets the stock to {@code newQuantity}, already checked against the rules by the caller. */
  void changeTo(int newQuantity) {
    if (newQuantity < 0) {
      throw new IllegalArgumentException("stock cannot go negative");
    }
    quantity = newQuantity;
    status = StockRules.statusFor(status, newQuantity);
    updatedAt = OffsetDateTime.now();
  }

  int available() {
    return StockRules.available(status, quantity);
  }

  /** What shoppers could buy if {@code returning} held pieces came back first. */
  int availableWith(int returning) {
    int total = quantity + returning;
    return StockRules.available(StockRules.statusFor(status, total), total);
  }

  long id() {
    return id;
  }

  long shopId() {
    return shopId;
  }

  String title() {
    return title;
  }

  BigDecimal price() {
    return price;
  }

  int quantity() {
    return quantity;
  }

  String status() {
    return status;
  }

  StockLevel level() {
    return new StockLevel(id, quantity, status);
  }
}
