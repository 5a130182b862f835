package org.handmademarket.localstack.demo;

import java.io.IOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.handmademarket.localstack.EmbeddedDatabase;
import org.handmademarket.localstack.LoopbackPorts;

/**
 * A real PostgreSQL (the local stack's embedded server) on a free port, with the marketplace schema
 * applied by the application's own Flyway migrations, taken from the ejb-module on the test
 * classpath.
 */
final class MigratedDatabase implements AutoCloseable {

  private final EmbeddedDatabase database;

  private MigratedDatabase(EmbeddedDatabase database) {
    this.database = database;
  }

  static MigratedDatabase start(Path dataDirectory) throws IOException {
    EmbeddedDatabase database = new EmbeddedDatabase(LoopbackPorts.free(), dataDirectory);
    database.start();
    Flyway.configure()
        .dataSource(database.jdbcUrl(), "postgres", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new MigratedDatabase(database);
  }

  String jdbcUrl() {
    return database.jdbcUrl();
  }

  @Override
  public void close() {
    database.stop();
  }
}
