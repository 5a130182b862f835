package org.handmademarket.search.index;

/**
 * What the index should hold for one listing, as read from PostgreSQL at one moment.
 *
 * @param version when the state was read (microseconds of the database clock): written as the
 *     document's external version, so that a slower writer holding an older state can never
 *     overwrite a newer one
 * @param document the document to index, or {@code null} when the listing must not be searchable
 *     (gone, not active, or its shop is suspended)
 */
public record ProductSnapshot(long id, long version, ProductDocument document) {

  public boolean searchable() {
    return document != null;
  }
}
