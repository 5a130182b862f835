package org.handmademarket.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * PostgreSQL, Redis, Elasticsearch and a mail server together: started in parallel, stopped in
 * reverse. Beside them, the directory the application keeps its image files in.
 */
public final class BackingServices implements AutoCloseable {

  private final EmbeddedDatabase database;
  private final EmbeddedRedis redis;
  private final SearchNode search;
  private final MailServer mail;
  private final Path storageDirectory;
  private final String sessionCacheKey = Secrets.key();

  public BackingServices(
      EmbeddedDatabase database,
      EmbeddedRedis redis,
      SearchNode search,
      MailServer mail,
      Path storageDirectory) {
    this.database = database;
    this.redis = redis;
    this.search = search;
    this.mail = mail;
    this.storageDirectory = storageDirectory.toAbsolutePath();
  }

  /** Services on the given ports keeping their data under {@code dataDirectory}. */
  public static BackingServices in(
      Path dataDirectory,
      int databasePort,
      int redisPort,
      int searchHttpPort,
      int searchTransportPort,
      int smtpPort,
      int imapPort,
      Path searchClasspath) {
    return new BackingServices(
        new EmbeddedDatabase(databasePort, dataDirectory.resolve("postgres")),
        new EmbeddedRedis(redisPort, dataDirectory.resolve("redis")),
        new SearchNode(
            searchHttpPort,
            searchTransportPort,
            dataDirectory.resolve("elasticsearch"),
            searchClasspath,
            dataDirectory.resolve("logs").resolve("elasticsearch.log")),
        new MailServer(smtpPort, imapPort),
        dataDirectory.resolve("storage"));
  }

  /** Services on free ports, for a test run that must not collide with anything. */
  public static BackingServices onFreePorts(Path dataDirectory, Path searchClasspath) {
    return in(
        dataDirectory,
        LoopbackPorts.free(),
        LoopbackPorts.free(),
        LoopbackPorts.free(),
        LoopbackPorts.free(),
        LoopbackPorts.free(),
        LoopbackPorts.free(),
        searchClasspath);
  }

  public void start() throws Exception {
    List<ManagedService> services = List.of(database, redis, search, mail);
    ExecutorService starter = Executors.newFixedThreadPool(services.size());
    try {
      List<Future<?>> started = new ArrayList<>();
      for (ManagedService service : services) {
        started.add(
            starter.submit(
                () -> {
                  service.start();
                  return null;
                }));
      }
      for (Future<?> each : started) {
        each.get();
      }
    } catch (ExecutionException e) {
      close();
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      starter.shutdownNow();
    }
  }

  /** The MicroProfile Config properties that point the application at these services. */
  public Map<String, String> applicationConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("db.url", database.jdbcUrl());
    config.put("db.user", "postgres");
    config.put("db.password", "");
    config.put("redis.host", "127.0.0.1");
    config.put("redis.port", String.valueOf(redis.port()));
    config.put("redis.password", redis.password());
    // Shared by every instance of this stack, so they can use each other's cached sessions.
    config.put("session.cache.signing-key", sessionCacheKey);
    config.put("es.url", search.url());
    config.put("storage.dir", storageDirectory.toString());
    // Local runs and tests take payments in the sandbox, which must be asked for by name: an
    // instance without a provider takes none.
    config.put("payment.provider", "sandbox");
    config.put("totp.encryption-key", totpEncryptionKey());
    config.put("mail.host", "127.0.0.1");
    config.put("mail.port", String.valueOf(mail.smtpPort()));
    return config;
  }

  /**
   * A key made once per data directory and kept beside the data: a new key on every start would
   * leave the authenticator apps enrolled before unusable.
   */
  private String totpEncryptionKey() {
    Path file = storageDirectory.resolveSibling("totp-encryption.key");
    try {
      if (!Files.exists(file)) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the TOTP key in " + file, e);
    }
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public EmbeddedRedis redis() {
    return redis;
  }

  public SearchNode search() {
    return search;
  }

  public MailServer mail() {
    return mail;
  }

  /** Where the application stores image files (MicroProfile Config {@code storage.dir}). */
  public Path storageDirectory() {
    return storageDirectory;
  }

  @Override
  public void close() {
    mail.stop();
    search.stop();
    redis.stop();
    database.stop();
  }
}
