package org.handmademarket.platform.logging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The id of the request the current thread serves: what {@code java.util.logging} lacks as an MDC.
 * The load balancer sets it ({@code X-Request-Id}, nginx's {@code $request_id}), so one id finds a
 * request in the balancer's access log, in every instance's log and in a 500's problem answer.
 *
 * <p>{@link #log} hands the id to the log as a parameter map: Payara's JSON formatter writes such a
 * map as fields ({@code "requestId": ...}), the plain formatter leaves it out of the message.
 */
public final class RequestId {

  public static final String HEADER = "X-Request-Id";

  /**
   * What a client may send: anything else would let it write into the logs, so it gets a new id.
   */
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** The id to use for a request that arrived with {@code received} (null when it had none). */
  public static String accept(String received) {
    return received != null && ACCEPTED.matcher(received).matches()
        ? received
        : UUID.randomUUID().toString();
  }

  /** Binds the id to the current thread until {@link #clear}. */
  public static void bind(String id) {
    CURRENT.set(id);
  }

  public static void clear() {
    CURRENT.remove();
  }

  /** The current request's id, or empty outside a request (a scheduled task, start-up). */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Logs with the current request's id, when there is one, as the {@code requestId} field. */
  public static void log(Logger logger, Level level, String message, Throwable thrown) {
    if (!logger.isLoggable(level)) {
      return;
    }
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName(logger.getName());
    record.setThrown(thrown);
    current().ifPresent(id -> record.setParameters(new Object[] {Map.of("requestId", id)}));
    logger.log(record);
  }
}
