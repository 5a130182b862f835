package org.handmademarket.checkout.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One move of an order, for its timeline: from where to where, who did it, when and why. */
@Entity
@Table(name = "order_events")
public class OrderEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id")
  private Order order;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private OrderStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private OrderStatus to;

  @Column(name = "actor_id")
  private Long actorId;

  private String note;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  protected OrderEvent() {}

  OrderEvent(
      Order order,
      OrderStatus from,
      OrderStatus to,
      Long actorId,
      String note,
      OffsetDateTime occurredAt) {
    this.order = order;
    this.from = from;
    this.to = to;
    this.actorId = actorId;
    this.note = note == null ? "" : note;
    this.occurredAt = occurredAt;
  }

  public OrderStatus from() {
    return from;
  }

  public OrderStatus to() {
    return to;
  }

  public Long actorId() {
    return actorId;
  }

  public String note() {
    return note;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }
}
