package org.handmademarket.it.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Deployed with the tests only: keeps the last records the application logs at INFO and above
 * (level and message, as the server log's JSON carries them), for tests that check what operators
 * would read.
 */
final class LogCapture extends Handler {

  /** Held here: the log manager keeps loggers only weakly, and a new one would lack the handler. */
  private static final Logger APPLICATION = Logger.getLogger("org.handmademarket");

  static final LogCapture INSTANCE = start();

  private static final int KEPT = 5_000;

  private final Deque<String> lines = new ArrayDeque<>();
  private final SimpleFormatter formatter = new SimpleFormatter();

  private static LogCapture start() {
    LogCapture capture = new LogCapture();
    capture.setLevel(Level.INFO);
    APPLICATION.addHandler(capture);
    return capture;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    lines.addLast(record.getLevel().getName() + " " + formatter.formatMessage(record));
    while (lines.size() > KEPT) {
      lines.removeFirst();
    }
  }

  synchronized String text() {
    return String.join("\n", lines);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
