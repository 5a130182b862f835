package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/** Stripe objects spell absent values as JSON null and hashes of text as objects. */
final class JsonFields {

  private JsonFields() {}

  static JsonObjectBuilder addOrNull(JsonObjectBuilder json, String name, String value) {
    return value == null ? json.addNull(name) : json.add(name, value);
  }

  static JsonObjectBuilder addOrNull(JsonObjectBuilder json, String name, JsonValue value) {
    return value == null ? json.addNull(name) : json.add(name, value);
  }

  static JsonObjectBuilder object(Map<String, String> entries) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    entries.forEach(json::add);
    return json;
  }
}
