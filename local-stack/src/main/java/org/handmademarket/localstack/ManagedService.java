package org.handmademarket.localstack;

/**
 * A server the local stack starts and stops. Stopping twice, or stopping what never started, is
 * harmless.
 */
public interface ManagedService extends AutoCloseable {

  String name();

  void start() throws Exception;

  void stop();

  @Override
  default void close() {
    stop();
  }
}
