package org.handmademarket.web.api.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/status}: whether this instance is ready to serve, as the readiness checks say,
 * without their detail (database version, Redis address, error text), which is for operators on the
 * instance's own port ({@code /health/ready}). The verdict is reused for a moment, so that polling
 * this public path cannot turn into load on PostgreSQL, Redis and Elasticsearch.
 */
@Path("status")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class StatusResource {

  private static final long REUSE_NANOS = Duration.ofSeconds(2).toNanos();

  @Inject @Readiness @Any Instance<HealthCheck> readinessChecks;

  private volatile boolean lastVerdict;
  private volatile long lastCheckedNanos;
  private volatile boolean checked;

  @GET
  @Operation(
      summary = "Whether the marketplace is up",
      description =
          "UP (200) when this instance's database, cache, search and payment checks pass, DOWN"
              + " (503) otherwise. Deliberately without detail.")
  @APIResponse(
      responseCode = "200",
      description = "{\"status\": \"UP\"}",
      content = @Content(schema = @Schema(ref = "StatusAnswer")))
  @APIResponse(
      responseCode = "503",
      description = "{\"status\": \"DOWN\"}",
      content = @Content(schema = @Schema(ref = "StatusAnswer")))
  public Response status() {
    boolean up = ready();
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .header("Cache-Control", "no-store")
        .entity(Map.of("status", up ? "UP" : "DOWN"))
        .build();
  }

  private boolean ready() {
    long now = System.nanoTime();
    if (checked && now - lastCheckedNanos < REUSE_NANOS) {
      return lastVerdict;
    }
    boolean up = true;
    for (HealthCheck check : readinessChecks) {
      up &= isUp(check);
    }
    lastVerdict = up;
    lastCheckedNanos = now;
    checked = true;
    return up;
  }

  private static boolean isUp(HealthCheck check) {
    try {
      return check.call().getStatus() == HealthCheckResponse.Status.UP;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
