package org.handmademarket.searchnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@link SearchNodeMain} in a child JVM the way other modules do and talks to it over plain
 * HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchNodeTest {

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

  @TempDir static Path home;

  private static Process node;
  private static String baseUrl;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startNode() throws Exception {
    // Rules on disk exercise synonyms_path, which resolves against the node's config directory.
    Path synonyms =
        Files.createDirectories(home.resolve("config/analysis")).resolve("materials.txt");
    Files.writeString(synonyms, "# materials\nwool, fleece\n");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    node =
        new ProcessBuilder(
                java,
                "-Xms256m",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                SearchNodeMain.class.getName(),
                "--home",
                home.toString(),
                "--http-port",
                "0",
                "--transport-port",
                "0")
            .redirectError(home.resolve("stderr.txt").toFile())
            .start();

    BufferedReader stdout =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    String ready =
        CompletableFuture.supplyAsync(() -> readLine(stdout))
            .get(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (ready == null || ready.startsWith(SearchNodeMain.READY_PREFIX) == false) {
      fail(
          "node did not get ready, stdout said ["
              + ready
              + "], stderr: "
              + Files.readString(home.resolve("stderr.txt")));
    }
    baseUrl = ready.substring(SearchNodeMain.READY_PREFIX.length());
    assertTrue(baseUrl.matches("http://127\\.0\\.0\\.1:\\d+"), baseUrl);
  }

  @AfterAll
  static void killLeftovers() {
    if (node != null && node.isAlive()) {
      node.destroyForcibly();
    }
  }

  @Test
  @Order(1)
  void clusterIsHealthy() throws Exception {
    HttpResponse<String> health = send("GET", "/_cluster/health", null);
    assertEquals(200, health.statusCode());
    assertTrue(health.body().matches(".*\"status\":\"(green|yellow)\".*"), health.body());
  }

  @Test
  @Order(2)
  void rootEndpointIdentifiesElasticsearch() throws Exception {
    HttpResponse<String> root = send("GET", "/", null);
    assertEquals(200, root.statusCode());
    assertTrue(root.body().contains("\"number\":\"9.5.3\""), root.body());
    assertTrue(root.body().contains("\"tagline\":\"You Know, for Search\""), root.body());
    assertEquals("Elasticsearch", root.headers().firstValue("X-Elastic-Product").orElse(null));
    assertEquals(200, send("HEAD", "/", null).statusCode());
  }

  @Test
  @Order(3)
  void synonymsStemmingAndFoldingFindListings() throws Exception {
    String index =
        """
            {
              "settings": {
                "number_of_shards": 1,
                "number_of_replicas": 0,
                "analysis": {
                  "filter": {
                    "english_light": { "type": "stemmer", "language": "light_english" },
                    "furniture_synonyms": { "type": "synonym_graph", "synonyms": ["sofa, couch, settee", "mug, cup"] },
                    "material_synonyms": { "type": "synonym_graph", "synonyms_path": "analysis/materials.txt", "lenient": true }
                  },
                  "analyzer": {
                    "listing_text": {
                      "tokenizer": "standard",
                      "filter": ["lowercase", "asciifolding", "english_light"]
                    },
                    "listing_search": {
                      "tokenizer": "standard",
                      "filter": ["lowercase", "asciifolding", "english_light", "furniture_synonyms", "material_synonyms"]
                    }
                  }
                }
              },
              "mappings": {
                "properties": {
                  "title": { "type": "text", "analyzer": "listing_text", "search_analyzer": "listing_search" }
                }
              }
            }
            """;
    HttpResponse<String> created = send("PUT", "/listings", index);
    assertEquals(200, created.statusCode(), created.body());

    String bulk =
        """
            {"index":{"_id":"sofa"}}
            {"title":"Mid-century velvet Sofa"}
            {"index":{"_id":"cup"}}
            {"title":"Hand-thrown ceramic cup"}
            {"index":{"_id":"cafe"}}
            {"title":"Painted cafe sign"}
            {"index":{"_id":"scarf"}}
            {"title":"Hand-knitted fleece scarf"}
            """;
    HttpResponse<String> indexed = send("POST", "/listings/_bulk?refresh=true", bulk);
    assertEquals(200, indexed.statusCode(), indexed.body());
    assertTrue(indexed.body().contains("\"errors\":false"), indexed.body());

    assertEquals(List.of("sofa"), search("couch"));
    assertEquals(List.of("cup"), search("mugs"));
    assertEquals(List.of("cafe"), search("Café"));
    assertEquals(List.of("scarf"), search("wool"));
  }

  @Test
  @Order(4)
  void otherAnalysisComponentsAreRegistered() throws Exception {
    assertEquals(
        List.of("Wi", "Fi", "Router"),
        analyze(
            "{\"tokenizer\":\"whitespace\",\"filter\":[\"word_delimiter_graph\"],\"text\":\"WiFi-Router\"}"));
    assertEquals(
        List.of("ch", "cha", "chai", "chair"),
        analyze(
            "{\"tokenizer\":{\"type\":\"edge_ngram\",\"min_gram\":2,\"max_gram\":5,\"token_chars\":[\"letter\"]},\"text\":\"chair\"}"));
    assertEquals(
        List.of("cafe", "café"),
        analyze(
            "{\"tokenizer\":\"keyword\",\"filter\":[{\"type\":\"asciifolding\",\"preserve_original\":true}],\"text\":\"café\"}"));
    assertEquals(
        List.of("bold", "text"),
        analyze(
            "{\"tokenizer\":\"standard\",\"char_filter\":[\"html_strip\"],\"text\":\"<b>bold</b> text\"}"));
    assertEquals(
        List.of("jewelri"),
        analyze("{\"tokenizer\":\"standard\",\"filter\":[\"porter_stem\"],\"text\":\"jewelry\"}"));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void closingStandardInputStopsTheNode() throws Exception {
    node.getOutputStream().close();
    assertTrue(
        node.waitFor(15, TimeUnit.SECONDS), "node still running 15 s after its stdin was closed");
    assertEquals(0, node.exitValue());
  }

  private static List<String> search(String text) throws Exception {
    String query = "{\"query\":{\"match\":{\"title\":\"" + text + "\"}}}";
    HttpResponse<String> response =
        send("POST", "/listings/_search?filter_path=hits.hits._id", query);
    assertEquals(200, response.statusCode(), response.body());
    return values(response.body(), "_id");
  }

  private static List<String> analyze(String request) throws Exception {
    HttpResponse<String> response = send("POST", "/_analyze?filter_path=tokens.token", request);
    assertEquals(200, response.statusCode(), response.body());
    return values(response.body(), "token");
  }

  /**
   * Values of one string field in a filtered response; enough for these flat answers without a JSON
   * library.
   */
  private static List<String> values(String json, String field) {
    return java.util.regex.Pattern.compile("\"" + field + "\":\"([^\"]*)\"")
        .matcher(json)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String contentType = path.contains("_bulk") ? "application/x-ndjson" : "application/json";
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
