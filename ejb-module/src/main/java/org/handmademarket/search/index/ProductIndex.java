package org.handmademarket.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products index behind its alias: searches and incremental updates address the alias, a full
 * reindex builds a new concrete index and then moves the alias onto it in one atomic step.
 */
public final class ProductIndex {

  /** An index behind the alias and the definition checksum it was built from. */
  public record LiveIndex(String name, String checksum) {}

  /** Listings whose write failed, with Elasticsearch's reason; the others are in the index. */
  public record WriteOutcome(Map<Long, String> failures) {

    public boolean succeeded() {
      return failures.isEmpty();
    }
  }

  private static final int CONFLICT = 409;

  private final ElasticsearchClient client;
  private final String alias;
  private final IndexDefinition definition;

  /**
   * @param client a client whose timeout allows index creation and bulk loads (the application's
   *     {@code @Indexing} client)
   */
  public ProductIndex(ElasticsearchClient client, String alias, IndexDefinition definition) {
    this.client = client;
    this.alias = alias;
    this.definition = definition;
  }

  public String alias() {
    return alias;
  }

  public IndexDefinition definition() {
    return definition;
  }

  public boolean exists() throws IOException {
    return client.indices().existsAlias(e -> e.name(alias)).value();
  }

  /** The index searches currently reach, if the alias exists. */
  public Optional<LiveIndex> live() throws IOException {
    List<String> names = indicesBehindAlias();
    if (names.isEmpty()) {
      return Optional.empty();
    }
    String name = names.get(0);
    Map<String, JsonData> meta =
        client.indices().getMapping(m -> m.index(name)).get(name).mappings().meta();
    JsonData checksum = meta == null ? null : meta.get("checksum");
    return Optional.of(new LiveIndex(name, checksum == null ? "" : checksum.to(String.class)));
  }

  /** Creates an empty index for a bulk load (no refreshes, no replicas) and returns its name. */
  public String createForBulkLoad(Instant now) throws IOException {
    String name = definition.newIndexName(alias, now);
    String body = definition.bulkLoadBody().toString();
    client.indices().create(c -> c.index(name).withJson(new StringReader(body)));
    return name;
  }

  /** Gives a bulk-loaded index its live settings and makes everything written to it searchable. */
  public void goLive(String name) throws IOException {
    String settings = definition.liveSettings().toString();
    client.indices().putSettings(p -> p.index(name).withJson(new StringReader(settings)));
    client.indices().refresh(r -> r.index(name));
    client
        .cluster()
        .health(h -> h.index(name).waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
  }

  /**
   * Points the alias at {@code name} alone, atomically; returns the indices it pointed at before.
   */
  public List<String> pointAliasAt(String name) throws IOException {
    List<String> previous = indicesBehindAlias();
    List<Action> actions = new ArrayList<>();
    for (String old : previous) {
      actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
    }
    actions.add(Action.of(a -> a.add(add -> add.index(name).alias(alias).isWriteIndex(true))));
    client.indices().updateAliases(u -> u.actions(actions));
    previous.remove(name);
    return previous;
  }

  /**
   * Indices of this alias's naming scheme that the alias does not point at: left behind by a
   * reindex that failed half-way. Only to be called while no reindex is running.
   */
  public List<String> orphans() throws IOException {
    List<String> orphans =
        new ArrayList<>(
            client
                .indices()
                .get(g -> g.index(alias + "-v*").allowNoIndices(true))
                .indices()
                .keySet());
    orphans.removeAll(indicesBehindAlias());
    return orphans;
  }

  public void delete(Collection<String> names) throws IOException {
    for (String name : names) {
      client.indices().delete(d -> d.index(name));
    }
  }

  /**
   * Writes to the live index through the alias.
   *
   * @param awaitRefresh whether to return only once the writes (and all before them) are searchable
   */
  public WriteOutcome writeLive(List<ProductSnapshot> snapshots, boolean awaitRefresh)
      throws IOException {
    return write(snapshots, alias, true, awaitRefresh);
  }

  /** Writes into an index being bulk-loaded; nothing is refreshed until {@link #goLive}. */
  public WriteOutcome writeBulkLoad(String index, List<ProductSnapshot> snapshots)
      throws IOException {
    return write(snapshots, index, false, false);
  }

  private WriteOutcome write(
      List<ProductSnapshot> snapshots, String target, boolean live, boolean awaitRefresh)
      throws IOException {
    if (snapshots.isEmpty()) {
      return new WriteOutcome(Map.of());
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(target);
    if (live) {
      // require_alias: a missing alias must fail the write, not auto-create an index named
      // "products".
      bulk.requireAlias(true);
    }
    if (awaitRefresh) {
      bulk.refresh(Refresh.WaitFor);
    }
    for (ProductSnapshot snapshot : snapshots) {
      String id = Long.toString(snapshot.id());
      if (snapshot.searchable()) {
        bulk.operations(
            op ->
                op.index(
                    i ->
                        i.id(id)
                            .version(snapshot.version())
                            .versionType(VersionType.External)
                            .document(snapshot.document())));
      } else {
        bulk.operations(
            op ->
                op.delete(
                    d -> d.id(id).version(snapshot.version()).versionType(VersionType.External)));
      }
    }
    BulkResponse response = client.bulk(bulk.build());
    Map<Long, String> failures = new LinkedHashMap<>();
    if (response.errors()) {
      for (BulkResponseItem item : response.items()) {
        // A version conflict means a newer state of the listing is already indexed: nothing to do.
        if (item.error() != null && item.status() != CONFLICT) {
          failures.put(
              Long.parseLong(item.id()), item.error().type() + ": " + item.error().reason());
        }
      }
    }
    return new WriteOutcome(failures);
  }

  private List<String> indicesBehindAlias() throws IOException {
    if (!exists()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return new ArrayList<>();
      }
      throw e;
    }
  }
}
