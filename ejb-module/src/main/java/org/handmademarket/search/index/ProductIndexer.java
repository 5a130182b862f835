package org.handmademarket.search.index;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Brings listings in the live index up to date with PostgreSQL, whatever changed about them. */
public final class ProductIndexer {

  /**
   * Listings per bulk request: large enough to amortise the round trip, small enough to stay fast.
   */
  static final int CHUNK = 1000;

  private final ProductSnapshots snapshots;
  private final ProductIndex index;

  public ProductIndexer(ProductSnapshots snapshots, ProductIndex index) {
    this.snapshots = snapshots;
    this.index = index;
  }

  /**
   * Re-reads the listings and indexes or removes each one; returns those that failed. When it
   * returns, the writes are searchable: the last chunk waits for a refresh, which covers the chunks
   * before it too.
   */
  public ProductIndex.WriteOutcome refresh(Collection<Long> productIds)
      throws IOException, SQLException {
    List<Long> ids = new ArrayList<>(productIds);
    Map<Long, String> failures = new LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      int to = Math.min(ids.size(), from + CHUNK);
      List<ProductSnapshot> current = snapshots.current(ids.subList(from, to));
      failures.putAll(index.writeLive(current, to == ids.size()).failures());
    }
    return new ProductIndex.WriteOutcome(failures);
  }
}
