package org.handmademarket.search;

import java.time.Instant;

/**
 * Where the last full reindex on this instance stands.
 *
 * @param reason why it was started
 * @param index the index being built, or built
 * @param indexed listings loaded so far
 * @param total listings to load (grows if listings are published meanwhile)
 * @param message what went wrong, or why it did not run; {@code null} otherwise
 */
public record ReindexProgress(
    State state,
    String reason,
    String index,
    long indexed,
    long total,
    Instant startedAt,
    Instant finishedAt,
    String message) {

  public enum State {
    /** No reindex has run on this instance since it started. */
    IDLE,
    RUNNING,
    COMPLETED,
    FAILED,
    /** Another instance was already reindexing; nothing was done here. */
    SKIPPED
  }

  static ReindexProgress idle() {
    return new ReindexProgress(State.IDLE, null, null, 0, 0, null, null, null);
  }

  static ReindexProgress started(String reason, Instant at) {
    return new ReindexProgress(State.RUNNING, reason, null, 0, 0, at, null, null);
  }

  public boolean running() {
    return state == State.RUNNING;
  }

  /** Percentage loaded, 0 to 100. */
  public int percent() {
    return total == 0
        ? (state == State.COMPLETED ? 100 : 0)
        : (int) Math.min(100, indexed * 100 / total);
  }

  ReindexProgress loaded(String index, long indexed, long total) {
    return new ReindexProgress(state, reason, index, indexed, total, startedAt, null, null);
  }

  ReindexProgress finished(State outcome, Instant at, String message) {
    return new ReindexProgress(outcome, reason, index, indexed, total, startedAt, at, message);
  }
}
