package org.handmademarket.platform.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Elasticsearch cluster answers and is not red. */
@Readiness
@ApplicationScoped
public class ElasticsearchHealthCheck implements HealthCheck {

  @Inject ElasticsearchClient client;

  @Override
  public HealthCheckResponse call() {
    try {
      HealthResponse health = client.cluster().health();
      return HealthCheckResponse.named("elasticsearch")
          .status(health.status() != HealthStatus.Red)
          .withData("cluster", health.clusterName())
          .withData("status", health.status().jsonValue())
          .build();
    } catch (IOException | RuntimeException e) {
      return HealthCheckResponse.named("elasticsearch")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
