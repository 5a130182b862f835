package org.handmademarket.catalog;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.audit.AuditLog;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Admins edit the taxonomy: add, rename, reorder and delete categories, each change in the audit
 * log. Slugs never change: search facets, filters and shoppers' links name categories by slug. The
 * taxonomy has two levels, and listings are filed under categories without sub-categories, so a
 * category that holds listings gets no sub-categories and only an unused category without children
 * can be deleted. The entity cache of {@link Category} is updated by these changes on commit, so
 * {@code /api/categories} answers with the new taxonomy right away.
 */
@Stateless
public class CategoryAdministration {

  /** The audit log's target type for categories. */
  public static final String AUDIT_TARGET = "CATEGORY";

  /** The database column's length, shorter than a shop's slug. */
  public static final int MAX_SLUG_LENGTH = 60;

  public static final int MAX_NAME_LENGTH = 80;

  private static final Logger LOG = Logger.getLogger(CategoryAdministration.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject AuditLog auditLog;
  @Inject CatalogEvents catalogEvents;

  /** The whole taxonomy with listing counts. @throws MarketplaceException 403 for non-admins */
  public List<CategoryUsage> tree() {
    currentUser.requireAnyRole(Role.ADMIN);
    Map<Long, Long> listings = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT p.category.id, COUNT(p) FROM Product p GROUP BY p.category.id",
                Object[].class)
            .getResultList()) {
      listings.put((Long) row[0], (Long) row[1]);
    }
    Map<Long, List<Category>> byParent = new HashMap<>();
    for (Category category :
        em.createQuery("SELECT c FROM Category c ORDER BY c.position, c.name, c.id", Category.class)
            .getResultList()) {
      byParent.computeIfAbsent(category.parentId(), parent -> new ArrayList<>()).add(category);
    }
    return usage(null, byParent, listings);
  }

  /**
   * Adds a category at the end of its level.
   *
   * @param parentId a top-level category, or null for a new top-level one
   * @param slug lower-case words joined by hyphens; made from the name when blank
   */
  public CategoryUsage add(Long parentId, String name, String slug) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    String validName = requireName(name);
    String validSlug =
        requireSlug(
            slug == null || slug.isBlank()
                ? Slug.fromName(validName).map(Slug::value).orElse("")
                : slug.strip());
    Category parent = null;
    if (parentId != null) {
      parent = find(parentId);
      if (parent.parentId() != null) {
        throw invalid("Sub-categories go under a top-level category: the taxonomy has two levels.");
      }
      if (listingsIn(parent) > 0) {
        throw new MarketplaceException(
            ProblemType.CONFLICT,
            "\""
                + parent.name()
                + "\" holds listings; they would no longer be in the most specific category.");
      }
    }
    Category category = new Category(parent, validSlug, validName, siblingsOf(parent).size() + 1);
    em.persist(category);
    em.flush();
    audit(
        adminId,
        "category.added",
        category,
        details(category).add("parentId", parentId == null ? 0 : parentId));
    return new CategoryUsage(
        category.id(), validSlug, validName, category.position(), 0, List.of());
  }

  /** Gives the category a new name; its slug stays, and search reindexes its listings. */
  public void rename(long categoryId, String name) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    String validName = requireName(name);
    Category category = find(categoryId);
    String before = category.name();
    if (before.equals(validName)) {
      return;
    }
    category.rename(validName);
    em.flush();
    // Search documents carry the category's name next to its slug.
    for (Object[] listing :
        em.createQuery(
                "SELECT p.id, p.shop.id FROM Product p WHERE p.category = :category",
                Object[].class)
            .setParameter("category", category)
            .getResultList()) {
      catalogEvents.productChanged((Long) listing[0], (Long) listing[1], "category renamed");
    }
    audit(
        adminId,
        "category.renamed",
        category,
        details(category).add("from", before).add("to", validName));
  }

  /**
   * Swaps the category with its neighbour on the same level.
   *
   * @param up towards the start of the list
   */
  public void move(long categoryId, boolean up) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    Category category = find(categoryId);
    Category parent = category.parentId() == null ? null : find(category.parentId());
    List<Category> siblings = new ArrayList<>(siblingsOf(parent));
    int index = siblings.indexOf(category);
    int target = up ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.size()) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "\"" + category.name() + "\" is " + (up ? "first" : "last") + " already.");
    }
    int from = category.position();
    siblings.set(index, siblings.get(target));
    siblings.set(target, category);
    // Renumbered from 1 so that equal positions from earlier edits cannot keep the order ambiguous.
    for (int i = 0; i < siblings.size(); i++) {
      siblings.get(i).moveTo(i + 1);
    }
    em.flush();
    audit(
        adminId,
        "category.moved",
        category,
        details(category).add("from", from).add("to", category.position()));
  }

  /** Deletes a category that no listing and no sub-category uses. */
  public void delete(long categoryId) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    Category category = find(categoryId);
    Category parent = category.parentId() == null ? null : find(category.parentId());
    long children = siblingsOf(category).size();
    if (children > 0) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "\""
              + category.name()
              + "\" has "
              + children
              + (children == 1 ? " sub-category" : " sub-categories")
              + ": delete those first.");
    }
    long listings = listingsIn(category);
    if (listings > 0) {
      throw new MarketplaceException(
          ProblemType.CONFLICT,
          "\""
              + category.name()
              + "\" is used by "
              + listings
              + (listings == 1 ? " listing" : " listings")
              + "; it can be deleted once no listing uses it.");
    }
    em.remove(category);
    List<Category> rest = siblingsOf(parent);
    for (int i = 0; i < rest.size(); i++) {
      rest.get(i).moveTo(i + 1);
    }
    em.flush();
    audit(adminId, "category.deleted", category, details(category));
  }

  private List<Category> siblingsOf(Category parent) {
    if (parent == null) {
      return em.createQuery(
              "SELECT c FROM Category c WHERE c.parent IS NULL ORDER BY c.position, c.name, c.id",
              Category.class)
          .getResultList();
    }
    return em.createQuery(
            "SELECT c FROM Category c WHERE c.parent = :parent ORDER BY c.position, c.name, c.id",
            Category.class)
        .setParameter("parent", parent)
        .getResultList();
  }

  private long listingsIn(Category category) {
    return em.createQuery("SELECT COUNT(p) FROM Product p WHERE p.category = :category", Long.class)
        .setParameter("category", category)
        .getSingleResult();
  }

  private Category find(long categoryId) {
    Category category = em.find(Category.class, categoryId);
    if (category == null) {
      throw new MarketplaceException(
          ProblemType.NOT_FOUND, "There is no category " + categoryId + ".");
    }
    return category;
  }

  private String requireSlug(String slug) {
    if (!Slug.isValid(slug) || slug.length() > MAX_SLUG_LENGTH) {
      throw invalid(
          "The slug must be lower-case letters and digits in words joined by single hyphens (e.g. \"wall-art\"),"
              + " at most "
              + MAX_SLUG_LENGTH
              + " characters.");
    }
    if (!em.createQuery("SELECT c.id FROM Category c WHERE c.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultList()
        .isEmpty()) {
      throw invalid("The slug \"" + slug + "\" is taken by another category.");
    }
    return slug;
  }

  private static String requireName(String name) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
      throw invalid("The name must have 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    return stripped;
  }

  private static MarketplaceException invalid(String message) {
    return new MarketplaceException(ProblemType.VALIDATION, message);
  }

  private static JsonObjectBuilder details(Category category) {
    return JSON.createObjectBuilder().add("slug", category.slug()).add("name", category.name());
  }

  private void audit(long adminId, String action, Category category, JsonObjectBuilder details) {
    auditLog.record(adminId, action, AUDIT_TARGET, category.id(), "", details.build());
    LOG.info(() -> "Admin " + adminId + ": " + action + " " + category.slug());
  }

  private static List<CategoryUsage> usage(
      Long parentId, Map<Long, List<Category>> byParent, Map<Long, Long> listings) {
    return byParent.getOrDefault(parentId, List.of()).stream()
        .map(
            c ->
                new CategoryUsage(
                    c.id(),
                    c.slug(),
                    c.name(),
                    c.position(),
                    listings.getOrDefault(c.id(), 0L),
                    usage(c.id(), byParent, listings)))
        .toList();
  }
}
