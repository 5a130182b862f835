package org.handmademarket.web.api.json;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.handmademarket.platform.errors.InvalidField;

/**
 * Exactly one JSON value, read with the streaming parser so that what a tree reader forgives is
 * refused: anything after the value, a key given twice, {@code null} inside an array, and text that
 * no column should store (control characters other than tab and line breaks, a lone surrogate).
 * Refusals inside the value name the field as Bean Validation does ({@code tags[0]}).
 */
final class JsonDocument {

  private JsonDocument() {}

  static JsonValue parse(String text) {
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw StrictJsonBodies.malformed("The request needs a JSON body.");
      }
      JsonValue value = value(parser, parser.next(), "body");
      if (parser.hasNext()) {
        throw StrictJsonBodies.malformed("The request body has more after its JSON value.");
      }
      return value;
    } catch (JsonException | NoSuchElementException | IllegalStateException notJson) {
      throw StrictJsonBodies.malformed("The request body is not well-formed JSON.");
    }
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event, String path) {
    switch (event) {
      case START_OBJECT:
        return object(parser, path);
      case START_ARRAY:
        return array(parser, path);
      case VALUE_STRING:
        return JSON.createValue(storable(parser.getString(), path));
      case VALUE_NUMBER:
        return JSON.createValue(parser.getBigDecimal());
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw StrictJsonBodies.malformed("The request body is not well-formed JSON.");
    }
  }

  private static JsonValue object(JsonParser parser, String path) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    Set<String> keys = new HashSet<>();
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_OBJECT;
        event = parser.next()) {
      String key = storable(parser.getString(), path);
      String field = "body".equals(path) ? key : path + "." + key;
      if (!keys.add(key)) {
        throw InvalidField.of(field, "must be given once");
      }
      object.add(key, value(parser, parser.next(), field));
    }
    return object.build();
  }

  private static JsonValue array(JsonParser parser, String path) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    int index = 0;
    for (JsonParser.Event event = parser.next();
        event != JsonParser.Event.END_ARRAY;
        event = parser.next()) {
      String element = path + "[" + index++ + "]";
      if (event == JsonParser.Event.VALUE_NULL) {
        throw InvalidField.of(element, "must not be null");
      }
      array.add(value(parser, event, element));
    }
    return array.build();
  }

  /** Text PostgreSQL can store and a person can read: no NUL, no other control characters. */
  static String storable(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (Character.isISOControl(c)) {
        throw InvalidField.of(field, "must not contain control characters");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidField.of(field, "must not contain an unpaired surrogate");
      }
    }
    return text;
  }
}
