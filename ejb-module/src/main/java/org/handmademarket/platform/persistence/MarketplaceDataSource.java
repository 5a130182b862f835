package org.handmademarket.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The datasource every part of the application uses: a JDBC resource of the server when the
 * MicroProfile Config key {@code db.jndi-name} names one (Payara Server, resources created by
 * config's payara/server-config.asadmin), otherwise the application's own pool defined from {@code
 * db.url} (Payara Micro, the local stack).
 *
 * <p>The name cannot go into {@code @Resource(lookup=...)} or persistence.xml: Payara 6.2025
 * expands {@code ${MPCONFIG=...}} in neither. So the server resource is looked up here by its
 * global name, and {@link ServerResourceCustomizer} hands it to the persistence unit. The
 * application's own pool is injected rather than looked up, because {@code java:app} names resolve
 * only inside the application's own threads, not in the server's health endpoint. Payara opens a
 * pool's connections on first use, so the unused one never connects.
 */
@ApplicationScoped
public class MarketplaceDataSource {

  static final String JNDI_NAME_KEY = "db.jndi-name";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource applicationDefined;

  /** The JNDI name in use: the server resource's, or the application-defined datasource's. */
  public static String jndiName() {
    return ConfigProvider.getConfig()
        .getOptionalValue(JNDI_NAME_KEY, String.class)
        .filter(name -> !name.isBlank())
        .orElse(DatabaseMigration.DATASOURCE);
  }

  @Produces
  @Dependent
  DataSource dataSource() throws NamingException {
    String name = jndiName();
    return name.equals(DatabaseMigration.DATASOURCE)
        ? applicationDefined
        : InitialContext.doLookup(name);
  }
}
