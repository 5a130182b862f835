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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.cache.CacheFailurePolicy;
import org.handmademarket.platform.cache.KeyValueCache;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;

/**
 * Valid sessions in Redis, so that any instance answers "who is this?" without PostgreSQL. Only an
 * optimisation: every failure is a cache miss, and the request carries on against the database.
 *
 * <p>Entries live at most {@link #MAX_TTL}, so a role change or a revocation that could not reach
 * Redis is forgotten after that. When an eviction fails, the cache may hold a revoked session: it
 * is not read again until all session entries have been purged, which happens as soon as Redis
 * answers ({@link CacheFailurePolicy}). An eviction is not even tried while Redis is left alone
 * after a failure: the purge covers it.
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
  private static final Duration BACK_OFF = Duration.ofSeconds(2);

  private static final String NAMESPACE = "session";
  private static final Logger LOG = Logger.getLogger(SessionCache.class.getName());

  @Inject RedisConnection redis;
  @Inject RedisCommands commands;

  @Inject
  @ConfigProperty(name = "session.cache.signing-key")
  Optional<String> signingKey;

  private SessionEntrySeal seal;
  private KeyValueCache sessions;

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
    sessions =
        redis.keyValueCache(
            NAMESPACE,
            CacheFailurePolicy.pausingAndPurging(
                "sessions are checked in PostgreSQL", BACK_OFF, this::purge));
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
    return sessions
        .get(tokenHash)
        .flatMap(entry -> seal.open(tokenHash, entry))
        .flatMap(SessionCache::decode);
  }

  void put(String tokenHash, Caller caller, Duration remaining) {
    long seconds = Math.min(MAX_TTL.toSeconds(), remaining.toSeconds());
    if (seconds < 1) {
      return;
    }
    sessions.put(tokenHash, seal.seal(tokenHash, encode(caller)), Duration.ofSeconds(seconds));
  }

  void evictAfterCommit(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) SessionsRevoked revoked) {
    sessions.evict(revoked.tokenHashes());
  }

  /** After an eviction was lost, every cached session goes before any is read again. */
  private void purge() {
    long purged = commands.deleteByPrefix(sessions.redisKey(""));
    LOG.info(() -> "Purged " + purged + " cached sessions that may have outlived a revocation.");
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
