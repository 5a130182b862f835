package org.handmademarket.search.index;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a new products index from PostgreSQL and swaps the alias onto it: listings are read in id
 * order a page at a time (keyset pagination, so page 200 costs what page 1 costs) and bulk-loaded
 * into an index nobody searches yet. Searches keep using the old index until the alias moves,
 * atomically.
 */
public final class FullReindex {

  private static final Logger LOG = Logger.getLogger(FullReindex.class.getName());

  /** Told about each page as it is loaded. */
  @FunctionalInterface
  public interface Progress {
    void loaded(String index, long indexed, long total);
  }

  /** The index now behind the alias, how many listings it holds, and the indices it replaced. */
  public record Result(String index, long indexed, List<String> replaced) {}

  private final ProductSnapshots snapshots;
  private final ProductIndex index;
  private final int pageSize;

  public FullReindex(ProductSnapshots snapshots, ProductIndex index, int pageSize) {
    this.snapshots = snapshots;
    this.index = index;
    this.pageSize = pageSize;
  }

  /** Must not run twice at once for the same alias (the caller holds a lock). */
  public Result run(Instant now, Progress progress) throws IOException, SQLException {
    List<String> orphans = index.orphans();
    if (!orphans.isEmpty()) {
      LOG.info(() -> "Deleting indices left behind by an earlier reindex: " + orphans);
      index.delete(orphans);
    }
    long total = snapshots.countSearchable();
    String name = index.createForBulkLoad(now);
    long indexed;
    List<String> replaced;
    try {
      indexed = load(name, total, progress);
      index.goLive(name);
      replaced = index.pointAliasAt(name);
    } catch (IOException | SQLException | RuntimeException e) {
      discard(name, e);
      throw e;
    }
    try {
      index.delete(replaced);
    } catch (IOException | RuntimeException e) {
      // Searches already use the new index; an old one left behind only costs disk space.
      LOG.log(Level.WARNING, "Could not delete the replaced indices " + replaced, e);
    }
    return new Result(name, indexed, replaced);
  }

  private long load(String name, long total, Progress progress) throws IOException, SQLException {
    long indexed = 0;
    long afterId = 0;
    progress.loaded(name, 0, total);
    List<ProductSnapshot> page;
    while (!(page = snapshots.searchablePage(afterId, pageSize)).isEmpty()) {
      ProductIndex.WriteOutcome outcome = index.writeBulkLoad(name, page);
      if (!outcome.succeeded()) {
        throw new IOException("Listings could not be indexed: " + outcome.failures());
      }
      indexed += page.size();
      afterId = page.get(page.size() - 1).id();
      // Listings published while the load runs make the count grow past the first estimate.
      progress.loaded(name, indexed, Math.max(total, indexed));
    }
    return indexed;
  }

  private void discard(String name, Exception cause) {
    try {
      index.delete(List.of(name));
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
      LOG.log(Level.WARNING, "Could not delete the half-built index " + name, e);
    }
  }
}
