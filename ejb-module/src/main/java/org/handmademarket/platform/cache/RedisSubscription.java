package org.handmademarket.platform.cache;

import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A pub/sub subscriber on a dedicated connection (from {@link RedisCommands#subscription}). {@link
 * #listen} blocks the calling thread; {@link #close}, from any thread, ends it.
 */
public final class RedisSubscription implements AutoCloseable {

  private final Jedis connection;

  RedisSubscription(Jedis connection) {
    this.connection = connection;
  }

  /**
   * Subscribes to {@code channel} and hands each message to {@code messages} until the connection
   * is closed or fails.
   *
   * @param subscribed runs once Redis has confirmed the subscription
   * @throws RedisFailure when the connection fails or is closed
   */
  public void listen(String channel, Runnable subscribed, Consumer<String> messages) {
    try {
      connection.subscribe(
          new JedisPubSub() {
            @Override
            public void onSubscribe(String name, int subscribedChannels) {
              subscribed.run();
            }

            @Override
            public void onMessage(String name, String message) {
              messages.accept(message);
            }
          },
          channel);
    } catch (JedisException e) {
      throw new RedisFailure(e);
    }
  }

  /** Closes the socket, which ends a blocking {@link #listen} (unsubscribing could race). */
  @Override
  public void close() {
    connection.close();
  }
}
