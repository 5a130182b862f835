package org.handmademarket.checkout.idempotency;

/** What claiming an idempotency key found. */
public sealed interface IdempotencyClaim {

  /** The key is ours: run the request, then complete or release the claim. */
  record Acquired(String redisKey, String fingerprint) implements IdempotencyClaim {}

  /** Another request with this key is still running. */
  record InProgress() implements IdempotencyClaim {}

  /** The key was used for a different request. */
  record Mismatch() implements IdempotencyClaim {}

  /** The key's request finished: answer exactly what it answered. */
  record Completed(int status, String body) implements IdempotencyClaim {}
}
