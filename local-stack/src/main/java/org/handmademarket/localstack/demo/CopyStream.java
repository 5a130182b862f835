package org.handmademarket.localstack.demo;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format: rows are appended field
 * by field, escaped, and sent in chunks of about 256 KB. COPY is an order of magnitude faster than
 * batched INSERTs, which is what lets 25,000 listings load in seconds.
 */
final class CopyStream implements AutoCloseable {

  private static final int FLUSH_AT = 256 * 1024;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
  private boolean rowStarted;
  private long rows;

  CopyStream(CopyManager manager, String table, String columns) throws SQLException {
    this.copy = manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
  }

  CopyStream text(String value) {
    separate();
    if (value == null) {
      buffer.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        case '\t' -> buffer.append("\\t");
        default -> buffer.append(c);
      }
    }
    return this;
  }

  CopyStream number(long value) {
    separate();
    buffer.append(value);
    return this;
  }

  /** A numeric(12, 2) amount from cents, without going through BigDecimal or double. */
  CopyStream money(long cents) {
    separate();
    buffer.append(cents / 100).append('.');
    long fraction = cents % 100;
    if (fraction < 10) {
      buffer.append('0');
    }
    buffer.append(fraction);
    return this;
  }

  CopyStream bool(boolean value) {
    separate();
    buffer.append(value ? 't' : 'f');
    return this;
  }

  /** A timestamptz; ISO-8601 with a Z is unambiguous whatever the session's time zone. */
  CopyStream time(Instant value) {
    separate();
    buffer.append(value);
    return this;
  }

  void endRow() throws SQLException {
    buffer.append('\n');
    rowStarted = false;
    rows++;
    if (buffer.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** Ends the COPY; returns the number of rows PostgreSQL took. */
  long finish() throws SQLException {
    flush();
    long copied = copy.endCopy();
    if (copied != rows) {
      throw new SQLException("COPY sent " + rows + " rows but PostgreSQL took " + copied);
    }
    return copied;
  }

  @Override
  public void close() throws SQLException {
    if (copy.isActive()) {
      copy.cancelCopy();
    }
  }

  private void separate() {
    if (rowStarted) {
      buffer.append('\t');
    }
    rowStarted = true;
  }

  private void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }
}
