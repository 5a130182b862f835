package org.handmademarket.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.handmademarket.platform.persistence.MarketplaceDataSource;

/** Ready when a pooled connection to PostgreSQL answers; names the datasource it came from. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Inject DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database")
          .status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
          .withData("product", connection.getMetaData().getDatabaseProductVersion())
          .withData("datasource", MarketplaceDataSource.jndiName())
          .build();
    } catch (SQLException | RuntimeException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
