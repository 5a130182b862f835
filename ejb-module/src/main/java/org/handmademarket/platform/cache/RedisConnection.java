package org.handmademarket.platform.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import org.eclipse.jnosql.communication.keyvalue.BucketManager;
import org.eclipse.jnosql.databases.redis.communication.RedisBucketManagerFactory;
import org.eclipse.jnosql.databases.redis.communication.RedisConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * One Jedis pool per application, configured from {@code redis.host}, {@code redis.port} and
 * friends, shared by the JNoSQL bucket and by the atomic commands JNoSQL does not offer.
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

  @Inject
  @ConfigProperty(name = "redis.timeout.millis", defaultValue = "1000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "redis.pool.max", defaultValue = "32")
  int poolMax;

  private JedisPool pool;
  private RedisBucketManagerFactory buckets;
  private BucketManager bucket;

  @PostConstruct
  void open() {
    JedisPoolConfig poolConfig = new JedisPoolConfig();
    poolConfig.setMaxTotal(poolMax);
    poolConfig.setMaxWait(Duration.ofMillis(timeoutMillis));
    // A request must not hang on a Redis that went away: fail fast and let the caller fall back.
    poolConfig.setTestOnBorrow(false);
    pool = new JedisPool(poolConfig, host, port, timeoutMillis);
    buckets = new RedisConfiguration().get(pool);
    bucket = buckets.apply(BUCKET);
  }

  @Produces
  BucketManager bucketManager() {
    return bucket;
  }

  /** Runs one command on a pooled connection; connection failures surface as Jedis exceptions. */
  public <T> T execute(Function<Jedis, T> command) {
    try (Jedis jedis = pool.getResource()) {
      return command.apply(jedis);
    }
  }

  /**
   * A connection of its own, outside the pool, with no read timeout: what a pub/sub subscriber
   * needs, since it blocks on its socket for as long as it listens. The caller closes it.
   */
  public Jedis dedicatedConnection() {
    return new Jedis(host, port, timeoutMillis, 0);
  }

  public boolean ping() {
    return "PONG".equals(execute(Jedis::ping));
  }

  public String describe() {
    return host + ":" + port;
  }

  @PreDestroy
  void close() {
    bucket.close();
    buckets.close();
    pool.close();
  }
}
