package org.handmademarket.it.support.stripe;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's idempotent requests: the first answer to a key is kept and replayed for the same
 * request; the key cannot be reused for another request, nor while its first request is still
 * running.
 */
final class IdempotencyKeys {

  /** What a key holds: the request it was first used for and, once answered, the answer. */
  private record Entry(String request, StripeReply reply) {}

  /** The outcome of presenting a key with a request. */
  enum Claim {
    /** First use: the caller runs the request and must {@link #complete} or {@link #release}. */
    NEW,
    /** Used before for the same request: replay {@link #reply}. */
    REPLAY,
    /** Used before for another request. */
    MISMATCH,
    /** The same key's first request is still running. */
    IN_PROGRESS
  }

  private final Map<String, Entry> entries = new HashMap<>();

  /**
   * Presents a key with a request, identified by its method, path and parameters ({@code request}
   * text that is equal for equal requests).
   */
  synchronized Claim claim(String key, String request) {
    Entry entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry(request, null));
      return Claim.NEW;
    }
    if (!entry.request().equals(request)) {
      return Claim.MISMATCH;
    }
    return entry.reply() == null ? Claim.IN_PROGRESS : Claim.REPLAY;
  }

  synchronized Optional<StripeReply> reply(String key) {
    Entry entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.reply());
  }

  synchronized void complete(String key, StripeReply reply) {
    entries.computeIfPresent(key, (k, entry) -> new Entry(entry.request(), reply));
  }

  /** Forgets a key whose request never ran, as Stripe keeps no result for it. */
  synchronized void release(String key) {
    entries.remove(key);
  }
}
