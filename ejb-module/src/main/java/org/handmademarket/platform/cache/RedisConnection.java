package org.handmademarket.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One Jedis pool per application, configured from {@code redis.host}, {@code redis.port} and
 * friends, shared by the key-value bucket ({@link KeyValueCache}) and by the commands the bucket
 * does not offer ({@link RedisCommands}). Every connection authenticates when {@code
 * redis.password} is set (with {@code redis.user} for a Redis 6 ACL user) and speaks TLS when
 * {@code redis.tls} is true; the password is never logged.
 */
@ApplicationScoped
public class RedisConnection {

  /** Prefix of every key the marketplace writes, so that one Redis can serve several tenants. */
  public static final String BUCKET = "marketplace";

  @Inject
  @ConfigProperty(name = "redis.host")
  String host;

  @Inject
  @ConfigProperty(name = "redis.port")
  int port;

  // The defaults repeat microprofile-config.properties on purpose: the readiness check may create
  // this bean first, on a server thread that does not see the application's configuration file.
  @Inject
  @ConfigProperty(name = "redis.timeout.millis", defaultValue = "1000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "redis.pool.max", defaultValue = "32")
  int poolMax;

  @Inject
  @ConfigProperty(name = "redis.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "redis.password")
  Optional<String> password;

  /** TLS with the JVM's trust store (javax.net.ssl.trustStore for a private CA). */
  @Inject
  @ConfigProperty(name = "redis.tls", defaultValue = "false")
  boolean tls;

  private JedisPool pool;
  private RedisBucket bucket;

  @PostConstruct
  void open() {
    JedisPoolConfig poolConfig = new JedisPoolConfig();
    poolConfig.setMaxTotal(poolMax);
    poolConfig.setMaxWait(Duration.ofMillis(timeoutMillis));
    // A request must not hang on a Redis that went away: fail fast and let the caller fall back.
    poolConfig.setTestOnBorrow(false);
    pool = new JedisPool(poolConfig, new HostAndPort(host, port), clientConfig(timeoutMillis));
    bucket = new RedisBucket(BUCKET, this);
  }

  /**
   * A cache of string values under {@code marketplace:{namespace}:}, applying {@code policy} to
   * every Redis failure.
   */
  public KeyValueCache keyValueCache(String namespace, CacheFailurePolicy policy) {
    return new KeyValueCache(bucket, namespace, policy);
  }

  /**
   * Runs commands on one pooled connection; any Redis failure surfaces as a {@link RedisFailure}.
   */
  <T> T execute(Function<Jedis, T> command) {
    try (Jedis jedis = pool.getResource()) {
      return command.apply(jedis);
    } catch (JedisException e) {
      throw new RedisFailure(e);
    }
  }

  /**
   * A connection of its own, outside the pool, with no read timeout: what a pub/sub subscriber
   * needs, since it blocks on its socket for as long as it listens. The caller closes it.
   */
  Jedis dedicatedConnection() {
    return new Jedis(new HostAndPort(host, port), clientConfig(0));
  }

  private JedisClientConfig clientConfig(int readTimeoutMillis) {
    return DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(timeoutMillis)
        .socketTimeoutMillis(readTimeoutMillis)
        .user(user.filter(name -> !name.isBlank()).orElse(null))
        .password(password.filter(secret -> !secret.isEmpty()).orElse(null))
        .ssl(tls)
        .build();
  }

  public boolean ping() {
    return "PONG".equals(execute(Jedis::ping));
  }

  public String describe() {
    return host + ":" + port;
  }

  @PreDestroy
  void close() {
    pool.close();
  }
}
