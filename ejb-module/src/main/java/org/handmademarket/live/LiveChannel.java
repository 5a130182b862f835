package org.handmademarket.live;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.handmademarket.platform.cache.RedisCommands;
import org.handmademarket.platform.cache.RedisSubscription;

/**
 * Listens to the live channel on a dedicated Redis connection and thread for as long as the
 * application runs, and hands each announcement to the listeners of this instance (the WebSocket
 * endpoint). When Redis goes away it reconnects after 0.5, 1, 2, 4 s, then every 5 s; what was
 * published meanwhile is lost, as pub/sub does not keep messages. (A reconnecting listener of its
 * own, not a cache's failure policy: it must come back by itself, with nobody calling it.)
 *
 * <p>Listeners register with {@link #listen} rather than observing CDI events: in the EAR the web
 * module's beans are not visible to events fired from the EJB module.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveChannel {

  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(LiveChannel.class.getName());

  @Inject RedisCommands redis;

  @Resource ManagedThreadFactory threads;

  private final List<Consumer<LiveUpdate>> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean running;
  private volatile RedisSubscription connection;
  private volatile int failures;
  private Thread listener;

  @PostConstruct
  void start() {
    running = true;
    listener = threads.newThread(this::listenUntilStopped);
    listener.setName("live-channel");
    listener.setDaemon(true);
    listener.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    RedisSubscription current = connection;
    if (current != null) {
      // Closing the socket ends the blocking subscribe; unsubscribing could race with a reconnect.
      current.close();
    }
    listener.interrupt();
  }

  /** Adds a listener for every announcement this instance receives. */
  public void listen(Consumer<LiveUpdate> consumer) {
    listeners.add(consumer);
  }

  private void listenUntilStopped() {
    while (running) {
      try (RedisSubscription subscription = redis.subscription()) {
        connection = subscription;
        subscription.listen(LiveUpdates.CHANNEL, this::subscribed, this::deliver);
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        if (failures++ == 0) {
          LOG.log(Level.WARNING, "The live update channel failed; reconnecting to Redis", e);
        }
      } finally {
        connection = null;
      }
      if (!pause(failures)) {
        return;
      }
    }
  }

  private boolean pause(int failures) {
    long doubled = FIRST_RETRY.toMillis() << Math.min(Math.max(failures, 1) - 1, 10);
    long millis = Math.min(doubled, LONGEST_RETRY.toMillis());
    try {
      Thread.sleep(millis);
      return running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void deliver(String message) {
    Optional<LiveUpdate> update = parse(message);
    if (update.isEmpty()) {
      LOG.warning("Ignored a malformed live update: " + message);
      return;
    }
    for (Consumer<LiveUpdate> consumer : listeners) {
      try {
        consumer.accept(update.get());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A live update listener failed", e);
      }
    }
  }

  static Optional<LiveUpdate> parse(String message) {
    try (JsonReader reader = JSON.createReader(new StringReader(message))) {
      JsonObject json = reader.readObject();
      return Topic.namedIn(json).map(topic -> new LiveUpdate(topic, message));
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private void subscribed() {
    if (failures > 0) {
      failures = 0;
      LOG.info("Listening to live updates again");
    }
  }
}
