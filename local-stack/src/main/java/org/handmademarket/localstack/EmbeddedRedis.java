package org.handmademarket.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server from the embedded binary, bound to 127.0.0.1, persisting into our directory,
 * requiring a password made up at construction (so the application's authenticated path is the one
 * exercised; the password lives only in memory and in the server's generated configuration file).
 */
public final class EmbeddedRedis implements ManagedService {

  private static final int START_ATTEMPTS = 3;

  /** The redis-server binary, copied out of the library's jar once per JVM. */
  private static File executable;

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
    for (int attempt = 1; ; attempt++) {
      RedisServer starting =
          RedisServer.newRedisServer()
              .executableProvider(EmbeddedRedis::executable)
              .port(port)
              .bind("127.0.0.1")
              .setting("dir " + dataDirectory.toAbsolutePath())
              .setting("save 60 1")
              .setting("appendonly no")
              .setting("protected-mode yes")
              .setting("requirepass " + password)
              .onShutdownForceStop(true)
              .build();
      try {
        starting.start();
        server = starting;
        return;
      } catch (IOException e) {
        if (attempt == START_ATTEMPTS || !isTextFileBusy(e)) {
          throw e;
        }
        // Another thread of this JVM was starting a process (PostgreSQL, Elasticsearch) while the
        // binary was written: the child held the written file open for a moment, and Linux refuses
        // to execute a file open for writing (ETXTBSY). Once that child has run, the start works.
        System.err.println("Redis could not start yet (" + e.getCause() + "); trying again");
        sleep();
      }
    }
  }

  /**
   * The library copies its binary to a new temporary file on every start; each copy is a new chance
   * for the "text file busy" refusal described in {@link #start}.
   */
  private static synchronized File executable() throws IOException {
    if (executable == null) {
      executable = ExecutableProvider.newJarResourceProvider().get();
    }
    return executable;
  }

  private static boolean isTextFileBusy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Text file busy")) {
        return true;
      }
    }
    return false;
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(500);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while starting Redis");
    }
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
