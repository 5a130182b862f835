package org.handmademarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real redis-server from the embedded binary, bound to 127.0.0.1, persisting into our directory,
 * requiring a password made up at construction (so the application's authenticated path is the one
 * exercised; the password lives only in memory and in the server's generated configuration file).
 */
public final class EmbeddedRedis implements ManagedService {

  private final int port;
  private final Path dataDirectory;
  private final String password = Secrets.random();
  private RedisServer server;

  public EmbeddedRedis(int port, Path dataDirectory) {
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  /** What clients authenticate with (MicroProfile Config {@code redis.password}). */
  public String password() {
    return password;
  }

  @Override
  public String name() {
    return "Redis";
  }

  @Override
  public synchronized void start() throws IOException {
    if (server != null) {
      return;
    }
    Files.createDirectories(dataDirectory);
    server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("dir " + dataDirectory.toAbsolutePath())
            .setting("save 60 1")
            .setting("appendonly no")
            .setting("protected-mode yes")
            .setting("requirepass " + password)
            .onShutdownForceStop(true)
            .build();
    server.start();
  }

  public int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (IOException e) {
      System.err.println("Redis did not stop cleanly: " + e.getMessage());
    } finally {
      server = null;
    }
  }
}
