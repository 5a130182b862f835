package org.handmademarket.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.handmademarket.platform.cache.RedisConnection;

/** Ready when Redis answers PING. */
@Readiness
@ApplicationScoped
public class RedisHealthCheck implements HealthCheck {

  @Inject RedisConnection redis;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("redis")
          .status(redis.ping())
          .withData("server", redis.describe())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("redis")
          .down()
          .withData("server", redis.describe())
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
