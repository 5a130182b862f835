package org.handmademarket.checkout.idempotency;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisConnection;
import org.handmademarket.platform.cache.RedisFailure;
import org.handmademarket.platform.crypto.Sha256;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Claims, completes and releases idempotency keys in Redis with one atomic SET NX per claim. Fails
 * closed: without Redis no claim is granted, because a checkout that cannot be de-duplicated
 * quickly must not run at all (so no cache failure policy here: a {@link RedisFailure} is a
 * refusal, never a miss).
 *
 * <p>A claim in progress is a lease ({@code checkout.idempotency.lease-seconds}), not a 24-hour
 * record: when the instance running a checkout dies, the client's retry with the same key runs
 * again after the lease, and the database's unique (user, key) checkout row makes that retry find
 * the first attempt's orders instead of placing new ones.
 *
 * <p>Answers replayed from Redis count in {@link #REPLAYS} with {@code source=redis}.
 */
@ApplicationScoped
public class IdempotencyClaims {

  static final Duration RETENTION = Duration.ofHours(24);

  /** How long a client should wait after Redis failed: long enough for a restart or a failover. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private static final String IN_PROGRESS = "in-progress";
  private static final String DONE = "done";

  /** Retries answered with the first attempt's result, tagged by where the answer came from. */
  public static final Metadata REPLAYS =
      Metadata.builder()
          .withName("checkout.idempotent.replays")
          .withDescription(
              "Checkout retries answered with the first attempt's result instead of running again")
          .build();

  @Inject RedisCommands redis;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "checkout.idempotency.lease-seconds")
  long leaseSeconds;

  private Counter replayed;

  @PostConstruct
  void metrics() {
    replayed = metrics.counter(REPLAYS, new Tag("source", "redis"));
  }

  /**
   * @param fingerprint what identifies the request: a digest of the caller and the body (see {@link
   *     #fingerprint})
   */
  public IdempotencyClaim claim(long userId, String key, String fingerprint) {
    String redisKey = RedisConnection.BUCKET + ":idempotency:" + userId + ":" + Sha256.hex(key);
    String marker =
        JSON.createObjectBuilder()
            .add("state", IN_PROGRESS)
            .add("fingerprint", fingerprint)
            .build()
            .toString();
    Optional<String> existing =
        unlessRedisIsDown(
            () -> redis.setIfAbsent(redisKey, marker, Duration.ofSeconds(leaseSeconds)));
    if (existing.isEmpty()) {
      return new IdempotencyClaim.Acquired(redisKey, fingerprint);
    }
    JsonObject record = JSON.createReader(new StringReader(existing.get())).readObject();
    if (!record.getString("fingerprint").equals(fingerprint)) {
      return new IdempotencyClaim.Mismatch();
    }
    if (!DONE.equals(record.getString("state"))) {
      return new IdempotencyClaim.InProgress();
    }
    replayed.inc();
    return new IdempotencyClaim.Completed(record.getInt("status"), record.getString("body"));
  }

  /** Stores the answer so that retries replay it. */
  public void complete(IdempotencyClaim.Acquired claim, int status, String body) {
    String record =
        JSON.createObjectBuilder()
            .add("state", DONE)
            .add("fingerprint", claim.fingerprint())
            .add("status", status)
            .add("body", body)
            .build()
            .toString();
    unlessRedisIsDown(() -> redis.replaceIfPresent(claim.redisKey(), record, RETENTION));
  }

  /** Gives the key back after a failure on our side, so that the client may retry it. */
  public void release(IdempotencyClaim.Acquired claim) {
    try {
      redis.delete(claim.redisKey());
    } catch (RedisFailure e) {
      // The claim's lease runs out; until then retries are told to wait.
    }
  }

  /** A digest of the caller and the request body: the same key with another body is refused. */
  public static String fingerprint(long userId, String canonicalBody) {
    return Sha256.hex(userId + "\n" + canonicalBody);
  }

  private <T> T unlessRedisIsDown(Supplier<T> command) {
    try {
      return command.get();
    } catch (RedisFailure e) {
      throw new MarketplaceException(
          ProblemType.SERVICE_UNAVAILABLE,
          "Checkout is briefly unavailable; nothing was ordered or charged. Please try again shortly.",
          Map.of("retryAfterSeconds", RETRY_AFTER.toSeconds()),
          RETRY_AFTER);
    }
  }
}
