package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.handmademarket.it.support.RelevanceCatalogue;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.handmademarket.platform.search.ElasticsearchClientProducer;
import org.handmademarket.platform.search.ElasticsearchCredentials;
import org.handmademarket.search.ProductHit;
import org.handmademarket.search.SearchResult;
import org.handmademarket.search.SearchResults;
import org.handmademarket.search.Suggestions;
import org.handmademarket.search.index.FullReindex;
import org.handmademarket.search.index.IndexDefinition;
import org.handmademarket.search.index.ProductDocument;
import org.handmademarket.search.index.ProductIndex;
import org.handmademarket.search.index.ProductSnapshots;
import org.handmademarket.search.query.ProductQuery;
import org.handmademarket.search.query.SearchCriteria;
import org.handmademarket.search.query.SuggestQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The relevance suite: more than forty searches on a fixed catalogue with the results a shopper
 * expects. It runs the application's own pieces (index definition, document reader, full reindex,
 * query builder, result mapping) against the real Elasticsearch node, on a database and an alias of
 * its own, so that no other test's listings disturb the expectations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceIT {

  private String database;
  private String alias;
  private ElasticsearchClient client;
  private Map<String, Long> ids;
  private Map<Long, String> refs;

  @BeforeAll
  void buildTheCatalogueAndItsIndex() throws Exception {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    database = "relevance_" + suffix;
    alias = "relevance-" + suffix;
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(databaseUrl());
    dataSource.setUser("postgres");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    try (TestCatalogue catalogue = TestCatalogue.open(databaseUrl())) {
      ids = RelevanceCatalogue.insert(catalogue);
    }
    refs =
        ids.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    client =
        ElasticsearchClientProducer.connect(
            IntegrationServices.current().search().url(), 10_000, ElasticsearchCredentials.none());
    ProductIndex index = new ProductIndex(client, alias, IndexDefinition.products());
    FullReindex.Result built =
        new FullReindex(new ProductSnapshots(dataSource), index, 20)
            .run(Instant.now(), (name, done, total) -> {});
    assertEquals(
        ids.size() - 2,
        built.indexed(),
        "all but the draft and the suspended shop's listing (sold-out ones stay, with quantity 0)");
  }

  @AfterAll
  void dropTheCatalogue() throws Exception {
    if (client != null) {
      client.indices().delete(d -> d.index(alias + "-*"));
      client._transport().close();
    }
    try (Connection admin = admin();
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("searches")
  void finds(Search search) throws Exception {
    SearchCriteria criteria =
        SearchCriteria.parse(
            search.q(),
            search.category(),
            search.minPrice(),
            search.maxPrice(),
            search.isVintage(),
            null,
            "60",
            search.sort());
    SearchResult result =
        SearchResults.of(
            client.search(ProductQuery.build(criteria, alias), ProductDocument.class),
            criteria,
            "/i/");
    List<String> found = result.products().stream().map(hit -> refs.get(hit.id())).toList();
    search.expectation().check(found, result);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suggestions")
  void suggests(String prefix, List<String> expected, List<String> never) throws Exception {
    Suggestions suggestions =
        SearchResults.suggestions(
            client.search(
                SuggestQuery.build(SuggestQuery.prefix(prefix), alias), ProductDocument.class));
    List<String> found = suggestions.suggestions().stream().map(s -> refs.get(s.id())).toList();
    assertTrue(
        found.containsAll(expected),
        () -> prefix + " should suggest " + expected + ", got " + found);
    assertTrue(
        found.stream().noneMatch(never::contains),
        () -> prefix + " must not suggest " + never + ": " + found);
  }

  static Stream<Named<Search>> searches() {
    return Stream.of(
        // Synonyms: the listing does not contain the word searched for.
        q("couch", includes("sofa", "settee")),
        q("sofa", includes("settee")),
        q("dresser", first("chest-of-drawers")),
        q("cocktail table", first("coffee-table")),
        q("rocker", first("rocking-chair")),
        q("pendant", includes("moonstone-necklace", "gold-leaf-pendant", "pearl-choker")),
        q("studs", includes("stud-earrings", "hoop-earrings")),
        q("cushion", first("throw-pillow")),
        q("jumper", first("sweater")),
        q("billfold", first("wallet")),
        q("poster", first("art-print")),
        q("jigsaw", first("puzzle")),
        q("stuffed bear", first("teddy-bear")),
        q("charcuterie board", first("chopping-board")),
        q("evening bag", first("clutch")),
        q("shawl", first("scarf")),
        q("receiving blanket", first("baby-blanket")),
        q("plant pot", first("planter")),
        q("notebook", first("sketchbook")),
        q("lamp", first("lantern-lamp")),
        q("personalized cake topper", first("cake-topper")),
        q("tapestry", first("wall-hanging")),
        // Typos.
        q("neckalce", includes("moonstone-necklace")),
        q("sweter", first("sweater")),
        q("walet", first("wallet")),
        q("teapott", first("teapot")),
        q("chesterfeild", first("settee")),
        q("watercolor fox", first("fox-painting")),
        // Plurals and other forms.
        q("necklaces", includes("moonstone-necklace")),
        q("mugs", includes("stoneware-mug", "coffee-cup", "new-maker-mug")),
        q("earring", includes("hoop-earrings", "stud-earrings")),
        q("candles", first("cafe-candle")),
        q("knitted mitten", first("mittens")),
        // Accents, either way round.
        q("cafe", first("cafe-candle")),
        q("café candle", first("cafe-candle")),
        q("macrame", first("wall-hanging")),
        // Several words: the listing with all of them first.
        q("leather tote bag", first("tote")),
        q("green velvet sofa", first("sofa")),
        q("blue glazed bowl", first("serving-bowl")),
        q("silver hoop earrings", first("hoop-earrings")),
        q("oak chest of drawers", first("chest-of-drawers")),
        // Filters with text.
        search(
            "leather", null, null, null, "true", includes("satchel", "settee").and(all(vintage()))),
        search(
            "leather",
            null,
            null,
            null,
            "false",
            includes("wallet", "tote").and(excludes("satchel", "settee"))),
        search(
            "necklace",
            "jewelry",
            null,
            null,
            null,
            includes("moonstone-necklace")
                .and(all(inCategories("necklaces", "earrings", "rings", "bracelets")))),
        search(
            "",
            "ceramics",
            null,
            null,
            null,
            exactly(
                "stoneware-mug",
                "coffee-cup",
                "serving-bowl",
                "bud-vase",
                "teapot",
                "saucer-set",
                "new-maker-mug")),
        search(
            "mug",
            null,
            null,
            "25",
            null,
            includes("coffee-cup").and(excludes("stoneware-mug", "new-maker-mug"))),
        search("sofa", null, "1000", null, null, exactly("settee")),
        search("ring", "rings", null, null, null, exactly("ring-top-shop", "ring-small-shop")),
        // Ranking.
        q("hammered silver stacking ring", ranksAbove("ring-top-shop", "ring-small-shop")),
        q("ceramic mug", ranksAbove("new-maker-mug", "saucer-set")),
        sorted("leather", "price_asc", pricesInOrder(true)),
        sorted("leather", "price_desc", pricesInOrder(false)),
        // What is never shown: out of stock, drafts, suspended shops.
        q("cuff bracelet", excludes("sold-out-cuff").and(includes("friendship-bracelet"))),
        q(
            "silver necklace",
            includes("moonstone-necklace")
                .and(excludes("sold-out-locket", "draft-necklace", "suspended-necklace"))),
        q("", excludes("sold-out-cuff", "sold-out-locket", "draft-necklace", "suspended-necklace")),
        // Facets.
        q("silver", facets()));
  }

  static Stream<Arguments> suggestions() {
    return Stream.of(
        Arguments.of("neckl", List.of("moonstone-necklace"), List.of()),
        Arguments.of("wal", List.of("wallet", "coffee-table"), List.of()),
        Arguments.of("nekclace", List.of(), List.of("sold-out-locket")),
        Arguments.of("sterlng", List.of("moonstone-necklace"), List.of()),
        Arguments.of("silver locket", List.of(), List.of("sold-out-locket")));
  }

  // ---- the cases' vocabulary

  /** One search and what must come back. */
  record Search(
      String q,
      String category,
      String minPrice,
      String maxPrice,
      String isVintage,
      String sort,
      Expectation expectation) {}

  @FunctionalInterface
  interface Expectation {
    void check(List<String> found, SearchResult result);

    default Expectation and(Expectation other) {
      return (found, result) -> {
        check(found, result);
        other.check(found, result);
      };
    }
  }

  private static Named<Search> q(String q, Expectation expectation) {
    return search(q, null, null, null, null, expectation);
  }

  private static Named<Search> sorted(String q, String sort, Expectation expectation) {
    return Named.of(
        q + " sorted " + sort, new Search(q, null, null, null, null, sort, expectation));
  }

  private static Named<Search> search(
      String q,
      String category,
      String minPrice,
      String maxPrice,
      String isVintage,
      Expectation expectation) {
    StringBuilder name = new StringBuilder(q.isEmpty() ? "(browse)" : "\"" + q + "\"");
    if (category != null) name.append(" in ").append(category);
    if (minPrice != null) name.append(" from $").append(minPrice);
    if (maxPrice != null) name.append(" up to $").append(maxPrice);
    if (isVintage != null) name.append(" vintage=").append(isVintage);
    return Named.of(
        name.toString(), new Search(q, category, minPrice, maxPrice, isVintage, null, expectation));
  }

  private static Expectation first(String ref) {
    return (found, result) ->
        assertEquals(
            ref, found.isEmpty() ? null : found.get(0), () -> "first result; all: " + found);
  }

  private static Expectation includes(String... expected) {
    return (found, result) ->
        assertTrue(
            found.containsAll(List.of(expected)),
            () -> "expected " + List.of(expected) + " in " + found);
  }

  private static Expectation excludes(String... unexpected) {
    return (found, result) -> {
      for (String ref : unexpected) {
        assertFalse(found.contains(ref), () -> ref + " must not be found: " + found);
      }
    };
  }

  private static Expectation exactly(String... expected) {
    return (found, result) -> {
      assertEquals(Set.of(expected), new HashSet<>(found), "results");
      assertEquals(expected.length, result.total(), "total");
    };
  }

  private static Expectation ranksAbove(String higher, String lower) {
    return (found, result) -> {
      assertTrue(found.contains(higher) && found.contains(lower), () -> "both expected: " + found);
      assertTrue(
          found.indexOf(higher) < found.indexOf(lower),
          () -> higher + " must rank above " + lower + ": " + found);
    };
  }

  private static Expectation all(Predicate<ProductHit> condition) {
    return (found, result) -> {
      assertFalse(result.products().isEmpty(), "some results");
      for (ProductHit hit : result.products()) {
        assertTrue(condition.test(hit), () -> hit.title() + " does not belong in " + found);
      }
    };
  }

  private static Predicate<ProductHit> vintage() {
    return ProductHit::isVintage;
  }

  private static Predicate<ProductHit> inCategories(String... slugs) {
    return hit -> List.of(slugs).contains(hit.category());
  }

  private static Expectation pricesInOrder(boolean ascending) {
    return (found, result) -> {
      assertTrue(result.products().size() >= 5, "enough leather goods to sort: " + found);
      for (int i = 1; i < result.products().size(); i++) {
        int order =
            result.products().get(i - 1).price().compareTo(result.products().get(i).price());
        assertTrue(ascending ? order <= 0 : order >= 0, () -> "price order broken: " + found);
      }
    };
  }

  private static Expectation facets() {
    return (found, result) -> {
      assertEquals(result.total(), found.size(), "one page holds all results here");
      Map<String, Long> categories =
          result.facets().categories().stream()
              .collect(Collectors.toMap(f -> f.key(), f -> f.docCount()));
      assertEquals(
          result.products().stream()
              .filter(
                  hit ->
                      Set.of("necklaces", "earrings", "rings", "bracelets")
                          .contains(hit.category()))
              .count(),
          categories.get("jewelry"),
          () -> "jewelry facet: " + categories);
      assertEquals(
          List.of("Under $25", "$25 to $50", "$50 to $100", "Over $100"),
          result.facets().priceRanges().stream().map(f -> f.key()).toList());
      assertEquals(
          result.total(),
          result.facets().priceRanges().stream().mapToLong(f -> f.docCount()).sum(),
          "every result is in one price range");
    };
  }

  private Connection admin() throws Exception {
    return DriverManager.getConnection(
        IntegrationServices.current().database().jdbcUrl(), "postgres", "");
  }

  private String databaseUrl() {
    return "jdbc:postgresql://127.0.0.1:"
        + IntegrationServices.current().database().port()
        + "/"
        + database;
  }
}
