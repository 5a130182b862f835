package org.handmademarket.platform.cache;

/**
 * Redis could not carry out a command: unreachable, timed out, out of pooled connections, or
 * refusing it. Thrown by {@link RedisCommands} and the bucket instead of the client library's own
 * exceptions, so that callers handle a Redis failure without depending on the client.
 */
public class RedisFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RedisFailure(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }
}
