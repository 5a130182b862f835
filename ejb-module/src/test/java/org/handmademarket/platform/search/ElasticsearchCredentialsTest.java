package org.handmademarket.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The client sends the configured credentials with every request, and never prints them. */
class ElasticsearchCredentialsTest {

  @Test
  void everyRequestCarriesTheApiKey() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    ElasticsearchClient client =
        ElasticsearchClientProducer.connect(
            "http://127.0.0.1:" + server.getAddress().getPort(),
            3000,
            new ElasticsearchCredentials(
                Optional.of("a2V5aWQ6c2VjcmV0"), Optional.empty(), Optional.empty()));
    try {
      assertTrue(client.ping().value());
      assertTrue(client.ping().value());
    } finally {
      client._transport().close();
      server.stop(0);
    }

    assertEquals(List.of("ApiKey a2V5aWQ6c2VjcmV0", "ApiKey a2V5aWQ6c2VjcmV0"), seen);
  }

  @Test
  void aUserAndPasswordGoAsBasicAuthentication() {
    ElasticsearchCredentials credentials =
        new ElasticsearchCredentials(
            Optional.empty(), Optional.of("marketplace"), Optional.of("s3cret:x"));

    assertEquals(
        "Basic bWFya2V0cGxhY2U6czNjcmV0Ong=", credentials.authorization().orElseThrow().getValue());
    assertEquals("user marketplace", credentials.toString());
    assertFalse(credentials.toString().contains("s3cret"));
  }

  @Test
  void theApiKeyWinsAndNothingIsSentWithoutCredentials() {
    ElasticsearchCredentials both =
        new ElasticsearchCredentials(Optional.of("k"), Optional.of("u"), Optional.of("p"));

    assertEquals("ApiKey k", both.authorization().orElseThrow().getValue());
    assertEquals("API key", both.toString());
    assertEquals(Optional.empty(), ElasticsearchCredentials.none().authorization());
    assertEquals(
        Optional.empty(),
        new ElasticsearchCredentials(Optional.of(" "), Optional.of(""), Optional.empty())
            .authorization());
  }
}
