package org.handmademarket.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * A category as admins manage it: with the number of listings filed under it (any status, since
 * each one keeps the category from being deleted) and its sub-categories in their order.
 */
public record CategoryUsage(
    long id, String slug, String name, int position, long listings, List<CategoryUsage> children)
    implements Serializable {

  public boolean deletable() {
    return listings == 0 && children.isEmpty();
  }
}
