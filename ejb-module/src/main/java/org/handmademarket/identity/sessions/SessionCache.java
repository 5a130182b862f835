package org.handmademarket.identity.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.cache.RedisConnection;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Valid sessions in Redis, so that any instance answers "who is this?" without PostgreSQL. Only an
 * optimisation: every failure is a cache miss, and the request carries on against the database.
 *
 * <p>Entries live at most {@link #MAX_TTL}, so a role change or a revocation that could not reach
 * Redis is forgotten after that. When an eviction fails, the cache may hold a revoked session: it
 * is not read again until all session entries have been purged, which happens as soon as Redis
 * answers. The pool's Jedis connections are used directly because the JNoSQL bucket keeps one
 * unpooled connection and writes a value and its expiry in two commands.
 *
 * <p>Redis is not trusted with who is who: each entry is sealed ({@link SessionEntrySeal}) with
 * {@code session.cache.signing-key}, shared by the instances; an entry that does not open is a
 * miss. Without the key each instance makes a random one, which is safe but means instances do not
 * share cached sessions.
 */
@ApplicationScoped
public class SessionCache {

  static final Duration MAX_TTL = Duration.ofMinutes(5);

  /**
   * After a failure Redis is left alone for a moment, so an outage costs one timeout, not one each.
   */
  private static final long BACK_OFF_NANOS = Duration.ofSeconds(2).toNanos();

  private static final String PREFIX = RedisConnection.BUCKET + ":session:";
  private static final Logger LOG = Logger.getLogger(SessionCache.class.getName());

  @Inject RedisConnection redis;

  @Inject
  @ConfigProperty(name = "session.cache.signing-key")
  Optional<String> signingKey;

  private SessionEntrySeal seal;

  private volatile long lastFailureNanos;
  private volatile boolean failing;
  private volatile boolean mayHoldRevoked;

  @PostConstruct
  void configure() {
    byte[] key;
    if (signingKey.filter(value -> !value.isBlank()).isPresent()) {
      key = configuredKey(signingKey.get().trim());
    } else {
      key = new byte[SessionEntrySeal.MIN_KEY_BYTES];
      new SecureRandom().nextBytes(key);
      LOG.warning(
          "session.cache.signing-key is not set: this instance seals cached sessions with a key of"
              + " its own, so other instances cannot use its entries.");
    }
    seal = new SessionEntrySeal(key);
  }

  /** A wrong key fails loudly, naming the setting, never the key. */
  private static byte[] configuredKey(String base64) {
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      if (key.length >= SessionEntrySeal.MIN_KEY_BYTES) {
        return key;
      }
    } catch (IllegalArgumentException notBase64) {
      // reported below, without the value
    }
    throw new IllegalStateException(
        "session.cache.signing-key must be Base64 of at least "
            + SessionEntrySeal.MIN_KEY_BYTES
            + " random bytes (e.g. openssl rand -base64 32)");
  }

  Optional<Caller> get(String tokenHash) {
    if (!usable()) {
      return Optional.empty();
    }
    try {
      String cached = redis.execute(jedis -> jedis.get(PREFIX + tokenHash));
      answered();
      return Optional.ofNullable(cached)
          .flatMap(entry -> seal.open(tokenHash, entry))
          .flatMap(SessionCache::decode);
    } catch (RuntimeException e) {
      failed(e);
      return Optional.empty();
    }
  }

  void put(String tokenHash, Caller caller, Duration remaining) {
    long seconds = Math.min(MAX_TTL.toSeconds(), remaining.toSeconds());
    if (seconds < 1 || !usable()) {
      return;
    }
    try {
      redis.execute(
          jedis -> jedis.setex(PREFIX + tokenHash, seconds, seal.seal(tokenHash, encode(caller))));
      answered();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  void evictAfterCommit(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsRevoked revoked) {
    if (revoked.tokenHashes().isEmpty()) {
      return;
    }
    if (!usable()) {
      mayHoldRevoked = true;
      return;
    }
    String[] keys =
        revoked.tokenHashes().stream().map(hash -> PREFIX + hash).toArray(String[]::new);
    try {
      redis.execute(jedis -> jedis.del(keys));
      answered();
    } catch (RuntimeException e) {
      mayHoldRevoked = true;
      failed(e);
    }
  }

  private boolean usable() {
    if (failing && System.nanoTime() - lastFailureNanos < BACK_OFF_NANOS) {
      return false;
    }
    return !mayHoldRevoked || purge();
  }

  private boolean purge() {
    try {
      long purged = redis.execute(SessionCache::deleteAllSessionKeys);
      mayHoldRevoked = false;
      answered();
      LOG.info(() -> "Purged " + purged + " cached sessions that may have outlived a revocation.");
      return true;
    } catch (RuntimeException e) {
      failed(e);
      return false;
    }
  }

  private static long deleteAllSessionKeys(redis.clients.jedis.Jedis jedis) {
    ScanParams sessions = new ScanParams().match(PREFIX + "*").count(500);
    String cursor = ScanParams.SCAN_POINTER_START;
    long deleted = 0;
    do {
      ScanResult<String> page = jedis.scan(cursor, sessions);
      List<String> keys = page.getResult();
      if (!keys.isEmpty()) {
        deleted += jedis.del(keys.toArray(String[]::new));
      }
      cursor = page.getCursor();
    } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    return deleted;
  }

  private void answered() {
    if (failing) {
      failing = false;
      LOG.info("Redis answers again: sessions are cached again.");
    }
  }

  private void failed(RuntimeException e) {
    lastFailureNanos = System.nanoTime();
    if (!failing) {
      failing = true;
      LOG.warning(
          () ->
              "Redis is unreachable (" + e.getMessage() + "): sessions are checked in PostgreSQL.");
    }
  }

  static String encode(Caller caller) {
    return caller.userId()
        + ":"
        + caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  static Optional<Caller> decode(String cached) {
    try {
      int colon = cached.indexOf(':');
      long userId = Long.parseLong(cached.substring(0, colon));
      String names = cached.substring(colon + 1);
      Set<Role> roles = EnumSet.noneOf(Role.class);
      if (!names.isEmpty()) {
        Arrays.stream(names.split(",")).map(Role::valueOf).forEach(roles::add);
      }
      return Optional.of(new Caller(userId, roles));
    } catch (RuntimeException unreadable) {
      // Written by another version, or damaged: the database has the truth.
      return Optional.empty();
    }
  }
}
