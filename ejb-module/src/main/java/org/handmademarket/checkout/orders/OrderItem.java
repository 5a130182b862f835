package org.handmademarket.checkout.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A line of an order, with the title and price as they were when it was bought. */
@Entity
@Table(name = "order_items")
public class OrderItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Column(name = "product_id")
  private long productId;

  private String title;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  private int quantity;

  protected OrderItem() {}

  OrderItem(Order order, long productId, String title, BigDecimal unitPrice, int quantity) {
    this.order = order;
    this.productId = productId;
    this.title = title;
    this.unitPrice = unitPrice;
    this.quantity = quantity;
  }

  public long id() {
    return id;
  }

  public long productId() {
    return productId;
  }

  public String title() {
    return title;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public int quantity() {
    return quantity;
  }

  public BigDecimal lineTotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
