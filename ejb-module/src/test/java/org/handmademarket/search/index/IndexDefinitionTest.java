package org.handmademarket.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

  private final IndexDefinition definition = IndexDefinition.products();

  @Test
  void inlinesTheSynonymFileSoThatNothingHasToBePlacedOnTheNodes() {
    JsonObject filter = analysis().getJsonObject("filter").getJsonObject("handmade_synonyms");

    assertEquals("synonym_graph", filter.getString("type"));
    assertFalse(filter.containsKey("synonyms_path"));
    assertEquals(definition.synonymGroups().size(), filter.getJsonArray("synonyms").size());
    assertTrue(
        definition.synonymGroups().size() >= 60,
        "at least 60 synonym groups, found " + definition.synonymGroups().size());
    assertTrue(
        definition.synonymGroups().contains("sofa, couch, settee, loveseat, chesterfield, divan"));
    assertTrue(definition.synonymGroups().stream().noneMatch(line -> line.startsWith("#")));
  }

  @Test
  void appliesSynonymsAtSearchTimeOnly() {
    JsonObject analyzers = analysis().getJsonObject("analyzer");
    assertFalse(filters(analyzers, "product_text").contains("handmade_synonyms"));
    assertTrue(filters(analyzers, "product_text_search").contains("handmade_synonyms"));
    assertEquals(
        "[lowercase, asciifolding, english_possessive, english_light, handmade_synonyms]",
        analyzers
            .getJsonObject("product_text_search")
            .getJsonArray("filter")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList()
            .toString(),
        "synonym rules are analysed by the filters before them: fold and stem first");
  }

  @Test
  void everyAnalyzerFilterIsDefinedOrBuiltIn() {
    Set<String> defined = analysis().getJsonObject("filter").keySet();
    Set<String> builtIn = Set.of("lowercase", "asciifolding");
    JsonObject analyzers = analysis().getJsonObject("analyzer");
    for (String analyzer : analyzers.keySet()) {
      for (String filter : filters(analyzers, analyzer)) {
        assertTrue(
            defined.contains(filter) || builtIn.contains(filter), analyzer + " uses " + filter);
      }
    }
  }

  @Test
  void recordsVersionAndChecksumInTheMappings() {
    JsonObject meta = definition.body().getJsonObject("mappings").getJsonObject("_meta");

    assertEquals(definition.version(), meta.getInt("version"));
    assertEquals(definition.checksum(), meta.getString("checksum"));
    assertTrue(definition.checksum().matches("[0-9a-f]{64}"));
    assertEquals(
        definition.checksum(),
        IndexDefinition.load(getClass().getClassLoader(), IndexDefinition.RESOURCE).checksum(),
        "the same files give the same checksum");
  }

  @Test
  void bulkLoadsWithoutRefreshesOrReplicasAndGoesLiveWithTheDefinedSettings() {
    JsonObject loading = definition.bulkLoadBody().getJsonObject("settings");
    assertEquals("-1", loading.getString("refresh_interval"));
    assertEquals(0, loading.getInt("number_of_replicas"));
    assertFalse(loading.containsKey("auto_expand_replicas"));

    JsonObject live = definition.liveSettings();
    assertEquals("1s", live.getString("refresh_interval"));
    assertEquals("0-1", live.getString("auto_expand_replicas"));
    assertTrue(loading.containsKey("analysis"), "the analysers are there from the start");
  }

  @Test
  void namesIndicesAfterAliasVersionAndTime() {
    assertEquals(
        "products-v" + definition.version() + "-20261125-141503120",
        definition.newIndexName("products", Instant.parse("2026-11-25T14:15:03.120Z")));
  }

  private JsonObject analysis() {
    return definition.body().getJsonObject("settings").getJsonObject("analysis");
  }

  private static Set<String> filters(JsonObject analyzers, String analyzer) {
    return analyzers
        .getJsonObject(analyzer)
        .getJsonArray("filter")
        .getValuesAs(JsonString.class)
        .stream()
        .map(JsonString::getString)
        .collect(Collectors.toSet());
  }
}
