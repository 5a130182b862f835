package org.handmademarket.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the category taxonomy; top-level categories have no parent. Reference data: cached. */
@Cacheable
@Entity
@Table(name = "categories")
public class Category {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Category parent;

  private String slug;

  private String name;

  private int position;

  protected Category() {}

  Category(Category parent, String slug, String name, int position) {
    this.parent = parent;
    this.slug = slug;
    this.name = name;
    this.position = position;
  }

  public Long id() {
    return id;
  }

  public Long parentId() {
    return parent == null ? null : parent.id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  void rename(String name) {
    this.name = name;
  }

  void moveTo(int position) {
    this.position = position;
  }
}
