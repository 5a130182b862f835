package org.handmademarket.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the live-updates WebSocket, as a browser holds one: the JDK's WebSocket, optionally
 * with a session cookie on the upgrade request. Each message is kept with the moment it arrived.
 */
public final class LiveSocket implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A message and when it arrived ({@link System#nanoTime()}). */
  public record Received(JsonObject message, long nanos) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;

  private LiveSocket(URI application, String sessionToken, String origin) throws Exception {
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (sessionToken != null) {
      builder.header("Cookie", "hm_session=" + sessionToken);
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    String root =
        application.getRawPath().endsWith("/")
            ? application.getRawPath()
            : application.getRawPath() + "/";
    URI live = URI.create("ws://127.0.0.1:" + application.getPort() + root + "api/live");
    socket = builder.buildAsync(live, new Listener()).get(10, TimeUnit.SECONDS);
  }

  /** An anonymous connection to the application at {@code application} (its root URL). */
  public static LiveSocket anonymous(URI application) throws Exception {
    return new LiveSocket(application, null, null);
  }

  /**
   * A connection opened by a page of {@code origin} (a browser always names it), carrying the
   * session cookie as browsers do whichever site opens the socket.
   */
  public static LiveSocket fromPage(URI application, String origin, String sessionToken)
      throws Exception {
    return new LiveSocket(application, sessionToken, origin);
  }

  /** A connection that carries the session cookie, as the storefront's does. */
  public static LiveSocket signedIn(URI application, String sessionToken) throws Exception {
    return new LiveSocket(application, sessionToken, null);
  }

  public void send(String text) throws Exception {
    socket.sendText(text, true).get(5, TimeUnit.SECONDS);
  }

  /** Subscribes and returns the server's answer (subscribed, or an error). */
  public JsonObject subscribe(String kind, long id) throws Exception {
    send("{\"type\": \"subscribe\", \"" + kind + "\": " + id + "}");
    return next().message();
  }

  /** The next message, failing after five seconds without one. */
  public Received next() throws InterruptedException {
    return next(Duration.ofSeconds(5));
  }

  public Received next(Duration wait) throws InterruptedException {
    Received message = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("No live message within " + wait.toMillis() + " ms");
    }
    return message;
  }

  /** The next message if one comes within {@code wait}, else null. */
  public Received poll(Duration wait) throws InterruptedException {
    return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The close code the server sent, waiting up to five seconds for it. */
  public int closeCode() throws Exception {
    return closed.get(5, TimeUnit.SECONDS);
  }

  public boolean isOpen() {
    return !socket.isInputClosed() && !socket.isOutputClosed();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket
          .sendClose(WebSocket.NORMAL_CLOSURE, "done")
          .orTimeout(5, TimeUnit.SECONDS)
          .exceptionally(failure -> null)
          .join();
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.nanoTime();
        received.add(
            new Received(
                Json.createReader(new StringReader(partial.toString())).readObject(), now));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
