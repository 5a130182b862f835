package org.handmademarket.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the application's Elasticsearch clients: one for searches, one for indexing ({@link
 * Indexing}). Both authenticate with the configured {@link ElasticsearchCredentials}; an {@code
 * https} {@code es.url} speaks TLS, trusting the JVM's trust store ({@code
 * javax.net.ssl.trustStore} for a private CA).
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

  /**
   * {@code @Singleton} rather than {@code @ApplicationScoped}: the client has no no-argument
   * constructor, so it cannot be proxied, and it is thread-safe, so one instance serves everyone.
   * JSON-B (from the server) maps documents, so no second JSON stack is shipped.
   */
  // The timeout defaults repeat microprofile-config.properties on purpose: the readiness check may
  // produce the client first, on a server thread that does not see the application's file.
  @Produces
  @Singleton
  ElasticsearchClient client(
      @ConfigProperty(name = "es.url") String url,
      @ConfigProperty(name = "es.timeout.millis", defaultValue = "3000") long timeoutMillis,
      ElasticsearchCredentials credentials) {
    return connect(url, timeoutMillis, credentials);
  }

  /** {@code @Singleton}: a record cannot be proxied. */
  @Produces
  @Singleton
  ElasticsearchCredentials credentials(
      @ConfigProperty(name = "es.api-key") Optional<String> apiKey,
      @ConfigProperty(name = "es.username") Optional<String> username,
      @ConfigProperty(name = "es.password") Optional<String> password) {
    return new ElasticsearchCredentials(apiKey, username, password);
  }

  /**
   * A client configured as the application's: also for tools and tests that talk to Elasticsearch
   * outside the server and must see exactly what the application sees.
   */
  public static ElasticsearchClient connect(
      String url, long timeoutMillis, ElasticsearchCredentials credentials) {
    Timeout timeout = Timeout.of(timeoutMillis, TimeUnit.MILLISECONDS);
    Rest5ClientBuilder builder =
        Rest5Client.builder(HttpHost.create(URI.create(url)))
            .setRequestConfigCallback(
                config -> config.setConnectionRequestTimeout(timeout).setResponseTimeout(timeout))
            .setConnectionConfigCallback(config -> config.setConnectTimeout(timeout));
    credentials
        .authorization()
        .ifPresent(header -> builder.setDefaultHeaders(new Header[] {header}));
    Rest5Client rest = builder.build();
    return new ElasticsearchClient(new Rest5ClientTransport(rest, new JsonbJsonpMapper()));
  }

  /** The client for indexing work, which may take longer than any search should. */
  @Produces
  @Singleton
  @Indexing
  ElasticsearchClient indexingClient(
      @ConfigProperty(name = "es.url") String url,
      @ConfigProperty(name = "es.indexing.timeout.millis", defaultValue = "60000")
          long timeoutMillis,
      ElasticsearchCredentials credentials) {
    return connect(url, timeoutMillis, credentials);
  }

  void close(@Disposes ElasticsearchClient client) {
    closeTransport(client);
  }

  void closeIndexing(@Disposes @Indexing ElasticsearchClient client) {
    closeTransport(client);
  }

  private static void closeTransport(ElasticsearchClient client) {
    try {
      client._transport().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
