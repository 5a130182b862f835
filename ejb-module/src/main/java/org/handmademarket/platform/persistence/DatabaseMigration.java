package org.handmademarket.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's own datasource and brings the schema up to date when the application
 * starts, through whichever datasource {@link MarketplaceDataSource} provides.
 *
 * <p>The schema belongs to Flyway, not to EclipseLink: EclipseLink's DDL generation loses decimals
 * and misses the constraints the domain relies on. Beans that use JPA while starting up declare
 * {@code @DependsOn("DatabaseMigration")}. Two instances starting together are safe: Flyway
 * serialises migrations with a PostgreSQL advisory lock.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 3,
    properties = {
      // An outage is noticed, not waited out.
      "connectTimeout=3",
      "socketTimeout=30",
      // A restarted database must not leave the pool handing out dead connections.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:app/jdbc/marketplace";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Inject private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
