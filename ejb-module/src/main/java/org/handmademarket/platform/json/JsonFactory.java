package org.handmademarket.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each static {@code jakarta.json.Json.createXxx} call looks
 * the provider up again through {@link java.util.ServiceLoader}, scanning the application's class
 * path and throwing an exception inside; a profile of add to cart showed that lookup taking about 4
 * % of the server's CPU.
 */
public final class JsonFactory {

  /** Use as {@code JSON.createObjectBuilder()} where {@code JSON.createObjectBuilder()} was. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonFactory() {}
}
