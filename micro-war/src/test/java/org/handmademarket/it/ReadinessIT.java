package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.ManagedService;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each readiness check follows its service: DOWN (and the instance out of rotation) while the real
 * server is stopped, UP again once it is back, without restarting the application.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

  private static final Duration NOTICE = Duration.ofSeconds(30);
  private static final Duration RECOVERY = Duration.ofSeconds(90);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient server;

  @BeforeEach
  void client() throws Exception {
    server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
    awaitChecks(
        "all UP",
        Map.of("database", "UP", "redis", "UP", "elasticsearch", "UP", "payments", "UP"),
        RECOVERY);
  }

  @Test
  void databaseCheckFollowsPostgres() throws Exception {
    outageOf(IntegrationServices.current().database(), "database");
  }

  @Test
  void redisCheckFollowsRedis() throws Exception {
    outageOf(IntegrationServices.current().redis(), "redis");
  }

  @Test
  void elasticsearchCheckFollowsTheSearchNode() throws Exception {
    outageOf(IntegrationServices.current().search(), "elasticsearch");
  }

  private void outageOf(ManagedService service, String check) throws Exception {
    service.stop();
    try {
      ApiClient.Reply down =
          Eventually.await(
              check + " DOWN",
              NOTICE,
              () -> server.get("health/ready"),
              reply -> reply.checkStates().get(check).equals("DOWN"));
      assertEquals(503, down.status(), "an instance with a dependency down is not ready");
      assertEquals("DOWN", down.json().getString("status"));
      down.checkStates()
          .forEach(
              (name, state) -> {
                if (!name.equals(check)) {
                  assertEquals("UP", state, name + " must not be affected by " + check);
                }
              });
    } finally {
      service.start();
    }
    awaitChecks(
        check + " UP again",
        Map.of("database", "UP", "redis", "UP", "elasticsearch", "UP", "payments", "UP"),
        RECOVERY);
  }

  private void awaitChecks(String expectation, Map<String, String> expected, Duration timeout) {
    ApiClient.Reply ready =
        Eventually.await(
            expectation,
            timeout,
            () -> server.get("health/ready"),
            reply -> reply.checkStates().equals(expected));
    assertEquals(200, ready.status());
  }
}
