package org.handmademarket.search.index;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.handmademarket.platform.crypto.Sha256;

/**
 * The products index as the config module defines it: settings, analysers and mappings from {@code
 * elasticsearch/products-index.json}, with the synonym groups of the file its {@code synonyms_path}
 * names read from the classpath and written inline.
 *
 * <p>Inlining keeps the definition self-contained: nothing has to be copied onto the Elasticsearch
 * nodes, and a changed synonym file changes the {@link #checksum()}, which is stored in the index's
 * {@code _meta} so that start-up notices an index built from an older definition and rebuilds it.
 */
public final class IndexDefinition {

  static final String RESOURCE = "elasticsearch/products-index.json";

  private static final DateTimeFormatter INDEX_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'-'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final int version;
  private final String checksum;
  private final JsonObject settings;
  private final JsonObject mappings;
  private final List<String> synonymGroups;

  private IndexDefinition(
      int version,
      String checksum,
      JsonObject settings,
      JsonObject mappings,
      List<String> synonymGroups) {
    this.version = version;
    this.checksum = checksum;
    this.settings = settings;
    this.mappings = mappings;
    this.synonymGroups = synonymGroups;
  }

  /** The definition shipped with the application, read once. */
  public static IndexDefinition products() {
    return Shipped.DEFINITION;
  }

  static IndexDefinition load(ClassLoader loader, String resource) {
    JsonObject file = readJson(loader, resource);
    int version = file.getInt("version");
    List<String> synonymGroups = List.of();
    JsonObject settings = file.getJsonObject("settings");
    JsonObject filters = settings.getJsonObject("analysis").getJsonObject("filter");
    JsonObjectBuilder inlinedFilters = JSON.createObjectBuilder();
    for (Map.Entry<String, JsonValue> filter : filters.entrySet()) {
      JsonObject definition = filter.getValue().asJsonObject();
      if (definition.containsKey("synonyms_path")) {
        synonymGroups = readSynonymGroups(loader, definition.getString("synonyms_path"));
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        synonymGroups.forEach(groups::add);
        definition =
            JSON.createObjectBuilder(definition)
                .remove("synonyms_path")
                .add("synonyms", groups)
                .build();
      }
      inlinedFilters.add(filter.getKey(), definition);
    }
    JsonObject analysis =
        JSON.createObjectBuilder(settings.getJsonObject("analysis"))
            .add("filter", inlinedFilters)
            .build();
    settings = JSON.createObjectBuilder(settings).add("analysis", analysis).build();
    JsonObject mappings = file.getJsonObject("mappings");
    String checksum = Sha256.hex(version + "\n" + settings + "\n" + mappings);
    mappings =
        JSON.createObjectBuilder(mappings)
            .add(
                "_meta",
                JSON.createObjectBuilder().add("version", version).add("checksum", checksum))
            .build();
    return new IndexDefinition(version, checksum, settings, mappings, List.copyOf(synonymGroups));
  }

  public int version() {
    return version;
  }

  /** Identifies the exact settings, mappings and synonyms; stored in the index's {@code _meta}. */
  public String checksum() {
    return checksum;
  }

  public List<String> synonymGroups() {
    return synonymGroups;
  }

  /** A new concrete index name behind {@code alias}: {@code products-v1-20261125-141503120}. */
  public String newIndexName(String alias, Instant now) {
    return alias + "-v" + version + "-" + INDEX_TIMESTAMP.format(now);
  }

  /** The body of a create-index request for an index that serves searches. */
  public JsonObject body() {
    return JSON.createObjectBuilder().add("settings", settings).add("mappings", mappings).build();
  }

  /**
   * The body for an index that is being filled in bulk before anyone searches it: no refreshes and
   * no replicas until {@link #liveSettings()} are applied, which makes the bulk load much cheaper.
   */
  public JsonObject bulkLoadBody() {
    JsonObject loading =
        JSON.createObjectBuilder(settings)
            .remove("auto_expand_replicas")
            .add("number_of_replicas", 0)
            .add("refresh_interval", "-1")
            .build();
    return JSON.createObjectBuilder().add("settings", loading).add("mappings", mappings).build();
  }

  /**
   * The dynamic settings that {@link #bulkLoadBody()} overrides, as the definition wants them live.
   */
  public JsonObject liveSettings() {
    JsonObjectBuilder live = JSON.createObjectBuilder();
    for (String key : List.of("refresh_interval", "auto_expand_replicas", "number_of_replicas")) {
      if (settings.containsKey(key)) {
        live.add(key, settings.get(key));
      }
    }
    return live.build();
  }

  private static JsonObject readJson(ClassLoader loader, String resource) {
    try (InputStream in = open(loader, resource);
        JsonReader reader = JSON.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Solr-format groups, one per line; blank lines and {@code #} comments are not rules. */
  private static List<String> readSynonymGroups(ClassLoader loader, String resource) {
    try (InputStream in = open(loader, resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("Missing on the classpath: " + resource + " (from the config module)");
    }
    return in;
  }

  /** Lazy holder: the classpath is read the first time the definition is needed. */
  private static final class Shipped {
    static final IndexDefinition DEFINITION =
        load(IndexDefinition.class.getClassLoader(), RESOURCE);
  }
}
