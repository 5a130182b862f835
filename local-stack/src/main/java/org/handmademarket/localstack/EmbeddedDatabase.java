package org.handmademarket.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server from the embedded binaries, keeping its data in a directory of ours so
 * that a restart (of the local stack, or within a test) finds the same database.
 */
public final class EmbeddedDatabase implements ManagedService {

  private final int port;
  private final Path dataDirectory;
  private EmbeddedPostgres postgres;

  public EmbeddedDatabase(int port, Path dataDirectory) {
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public synchronized void start() throws IOException {
    if (postgres != null) {
      return;
    }
    Files.createDirectories(dataDirectory);
    postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "200")
            .start();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  public int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
    } finally {
      postgres = null;
    }
  }
}
