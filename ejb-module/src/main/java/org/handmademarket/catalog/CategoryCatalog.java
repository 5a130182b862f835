package org.handmademarket.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the category taxonomy. */
@Stateless
public class CategoryCatalog {

  @PersistenceContext EntityManager em;

  /** The whole taxonomy as a forest, each level in its curated order. */
  public List<CategoryNode> tree() {
    List<Category> all =
        em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.name", Category.class)
            .getResultList();
    Map<Long, List<Category>> byParent = new HashMap<>();
    for (Category category : all) {
      byParent.computeIfAbsent(category.parentId(), parent -> new ArrayList<>()).add(category);
    }
    return childrenOf(null, byParent);
  }

  private static List<CategoryNode> childrenOf(Long parentId, Map<Long, List<Category>> byParent) {
    return byParent.getOrDefault(parentId, List.of()).stream()
        .map(c -> new CategoryNode(c.id(), c.slug(), c.name(), childrenOf(c.id(), byParent)))
        .toList();
  }
}
