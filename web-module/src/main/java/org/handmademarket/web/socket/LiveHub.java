package org.handmademarket.web.socket;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.handmademarket.checkout.orders.OrderAudience;
import org.handmademarket.identity.sessions.Sessions;
import org.handmademarket.live.LiveChannel;
import org.handmademarket.live.LiveUpdate;
import org.handmademarket.live.Topic;

/**
 * Who watches what on this instance: topic to sessions, and for each session its topics. A topic
 * exists only while someone watches it, so an announcement nobody here watches costs one map
 * lookup. Sends are asynchronous: a slow browser never holds up the channel that delivers to the
 * others.
 */
@ApplicationScoped
public class LiveHub {

  private static final String TOPICS = "live.topics";
  private static final String CALLER = "live.caller";
  private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

  @Inject LiveChannel channel;
  @Inject OrderAudience orders;
  @Inject MetricRegistry metrics;
  @Inject Sessions signInSessions;

  @Resource ManagedScheduledExecutorService scheduler;

  /**
   * How often the session behind each signed-in socket is looked up again: at most this long after
   * a sign-out, suspension or role change (on any instance) its sockets are closed.
   */
  @Inject
  @ConfigProperty(name = "live.session-check-seconds")
  int sessionCheckSeconds;

  @Inject
  @ConfigProperty(name = "live.subscriptions.max")
  int maxSubscriptions;

  private final Map<Topic, Set<Session>> watchers = new ConcurrentHashMap<>();
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> sessionChecks;

  /**
   * Observing the application's start creates the hub then, so that its gauges show and it listens
   * to the channel before the first connection; there is nothing else to do.
   */
  void startWithTheApplication(
      @Observes @Initialized(ApplicationScoped.class) Object application) {}

  @PostConstruct
  void start() {
    metrics.gauge(
        Metadata.builder()
            .withName("live.subscribers")
            .withDescription("Open live-update WebSocket connections on this instance")
            .build(),
        sessions,
        Set::size);
    metrics.gauge(
        Metadata.builder()
            .withName("live.subscriptions")
            .withDescription(
                "Listings and orders watched over live-update WebSockets on this instance")
            .build(),
        watchers,
        LiveHub::subscriptionCount);
    channel.listen(this::deliver);
    sessionChecks =
        scheduler.scheduleWithFixedDelay(
            this::closeEndedSessions, sessionCheckSeconds, sessionCheckSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sessionChecks != null) {
      sessionChecks.cancel(false);
    }
  }

  void opened(Session session) {
    Map<String, Object> properties = session.getUserProperties();
    if (properties.containsKey(LiveHandshake.ORIGIN_REFUSED)) {
      close(session, "Connections are accepted from the marketplace's own pages only.");
      return;
    }
    Object token = properties.get(LiveHandshake.SESSION_TOKEN);
    if (token instanceof String presented) {
      // The caller as of the upgrade; a later lookup that differs means the session changed.
      signInSessions.resolve(presented).ifPresent(caller -> properties.put(CALLER, caller));
    }
    properties.put(TOPICS, ConcurrentHashMap.<Topic>newKeySet());
    sessions.add(session);
  }

  /**
   * Closes every socket whose sign-in session ended (signed out, expired, account suspended) or
   * whose account's roles changed since the upgrade: what it was allowed to watch was decided for a
   * caller that is gone. The page reconnects and is then whoever its cookie now says.
   */
  void closeEndedSessions() {
    for (Session session : sessions) {
      Object caller = session.getUserProperties().get(CALLER);
      Object token = session.getUserProperties().get(LiveHandshake.SESSION_TOKEN);
      if (caller == null || !(token instanceof String presented)) {
        continue;
      }
      try {
        if (!signInSessions.resolve(presented).equals(Optional.of(caller))) {
          close(session, "The sign-in session of this connection has ended or changed.");
        }
      } catch (RuntimeException e) {
        // The database is unreachable: keep the socket, look again next time.
        LOG.log(Level.FINE, "Could not check a live connection's session", e);
      }
    }
  }

  private void close(Session session, String why) {
    try {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why));
    } catch (IOException | RuntimeException alreadyGone) {
      LOG.log(Level.FINE, "Closing a live connection failed", alreadyGone);
    }
    closed(session);
  }

  void received(Session session, String text) {
    JsonObject message;
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      message = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      send(
          session,
          error(
              "malformed",
              "A message is a JSON object, e.g. {\"type\":\"subscribe\",\"listing\":42}."));
      return;
    }
    String type = message.get("type") instanceof JsonString name ? name.getString() : "";
    Optional<Topic> topic = Topic.namedIn(message);
    if (!type.equals("subscribe") && !type.equals("unsubscribe")) {
      send(session, error("malformed", "type must be \"subscribe\" or \"unsubscribe\"."));
    } else if (topic.isEmpty()) {
      send(
          session,
          error("malformed", "Name one listing or one order by id, e.g. \"listing\": 42."));
    } else if (type.equals("subscribe")) {
      subscribe(session, topic.get());
    } else {
      unsubscribe(session, topic.get());
      send(session, about("unsubscribed", topic.get()));
    }
  }

  void closed(Session session) {
    if (sessions.remove(session)) {
      topicsOf(session).forEach(topic -> unsubscribe(session, topic));
    }
  }

  private void subscribe(Session session, Topic topic) {
    Set<Topic> topics = topicsOf(session);
    if (!topics.contains(topic) && topics.size() >= maxSubscriptions) {
      send(
          session,
          about("error", topic)
              .add("code", "too-many-subscriptions")
              .add(
                  "detail",
                  "One connection watches " + maxSubscriptions + " listings and orders at most.")
              .add("max", maxSubscriptions));
      return;
    }
    if (topic.kind() == Topic.Kind.SELLER && !userId(session).equals(Optional.of(topic.id()))) {
      // A seller's new orders are for that seller's own signed-in pages only.
      send(
          session,
          about("error", topic)
              .add("code", "forbidden")
              .add("detail", "Only the seller may watch their shop's new orders."));
      return;
    }
    if (topic.kind() == Topic.Kind.ORDER) {
      Optional<Long> userId = userId(session);
      if (userId.isEmpty()) {
        send(
            session,
            about("error", topic)
                .add("code", "unauthenticated")
                .add("detail", "Sign in to follow an order."));
        return;
      }
      if (!orders.mayFollow(userId.get(), topic.id())) {
        // The same answer for someone else's order and a missing one: ids reveal nothing.
        send(
            session,
            about("error", topic)
                .add("code", "forbidden")
                .add("detail", "There is no order " + topic.id() + " of yours."));
        return;
      }
    }
    topics.add(topic);
    watchers.compute(
        topic,
        (key, watching) -> {
          Set<Session> set = watching == null ? ConcurrentHashMap.newKeySet() : watching;
          set.add(session);
          return set;
        });
    if (!session.isOpen()) {
      // Closed while subscribing: closed() may have run before the topic was added.
      unsubscribe(session, topic);
      return;
    }
    send(session, about("subscribed", topic));
  }

  private void unsubscribe(Session session, Topic topic) {
    topicsOf(session).remove(topic);
    watchers.computeIfPresent(
        topic,
        (key, watching) -> {
          watching.remove(session);
          return watching.isEmpty() ? null : watching;
        });
  }

  private void deliver(LiveUpdate update) {
    Set<Session> watching = watchers.get(update.topic());
    if (watching == null) {
      return;
    }
    for (Session session : watching) {
      if (session.isOpen()) {
        session.getAsyncRemote().sendText(update.message());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<Topic> topicsOf(Session session) {
    Object topics = session.getUserProperties().get(TOPICS);
    return topics == null ? Set.of() : (Set<Topic>) topics;
  }

  /** The account of the upgrade request: the principal's name is the account id. */
  private static Optional<Long> userId(Session session) {
    Principal principal = session.getUserPrincipal();
    if (principal == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(principal.getName()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long subscriptionCount(Map<Topic, Set<Session>> watchers) {
    return watchers.values().stream().mapToLong(Set::size).sum();
  }

  private static JsonObjectBuilder about(String type, Topic topic) {
    return JSON.createObjectBuilder().add("type", type).add(topic.kind().field(), topic.id());
  }

  private static JsonObjectBuilder error(String code, String detail) {
    return JSON.createObjectBuilder().add("type", "error").add("code", code).add("detail", detail);
  }

  private static void send(Session session, JsonObjectBuilder message) {
    if (session.isOpen()) {
      session.getAsyncRemote().sendText(message.build().toString());
    }
  }
}
