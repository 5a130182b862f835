package org.handmademarket.web.api.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.handmademarket.platform.errors.InvalidField;

/**
 * Checks a JSON value against the public fields of the request class it is bound to, before JSON-B
 * binds it: a string only for text, {@code true}/{@code false} only for a flag, a number only for a
 * number, and for whole numbers only an exact whole number within the field's range. Unknown
 * members are left to JSON-B, which ignores them.
 */
final class JsonShape {

  /**
   * Further than any amount or id the marketplace stores; keeps 1e999999999 from being expanded.
   */
  private static final int MAX_DIGITS = 40;

  private static final Map<Class<?>, BigInteger[]> WHOLE_RANGES =
      Map.of(
          Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
          int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
          Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
          long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
          Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
          short.class, range(Short.MIN_VALUE, Short.MAX_VALUE));

  private JsonShape() {}

  static void check(JsonValue document, Class<?> type) {
    if (document.getValueType() != JsonValue.ValueType.OBJECT) {
      throw StrictJsonBodies.malformed("The request body must be a JSON object.");
    }
    object(document.asJsonObject(), type, "");
  }

  private static void object(JsonObject object, Class<?> type, String path) {
    for (Class<?> level = type;
        level != null && level != Object.class;
        level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isPublic(modifiers)
            && !Modifier.isStatic(modifiers)
            && object.containsKey(field.getName())) {
          value(object.get(field.getName()), field.getGenericType(), path + field.getName());
        }
      }
    }
  }

  private static void value(JsonValue value, Type type, String field) {
    Class<?> raw = rawClass(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        throw InvalidField.of(field, "must not be null");
      }
      return;
    }
    if (raw == String.class || raw.isEnum()) {
      expect(value, JsonValue.ValueType.STRING, field, "must be a string");
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw InvalidField.of(field, "must be true or false");
      }
    } else if (WHOLE_RANGES.containsKey(raw) || raw == BigInteger.class) {
      whole(number(value, field), WHOLE_RANGES.get(raw), field);
    } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      number(value, field);
    } else if (Collection.class.isAssignableFrom(raw)) {
      expect(value, JsonValue.ValueType.ARRAY, field, "must be an array");
      Type element = elementType(type);
      JsonArray array = value.asJsonArray();
      for (int i = 0; i < array.size(); i++) {
        value(array.get(i), element, field + "[" + i + "]");
      }
    } else if (raw.getName().startsWith("org.handmademarket.")) {
      expect(value, JsonValue.ValueType.OBJECT, field, "must be an object");
      object(value.asJsonObject(), raw, field + ".");
    }
  }

  private static BigDecimal number(JsonValue value, String field) {
    expect(value, JsonValue.ValueType.NUMBER, field, "must be a number");
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    if (Math.abs(number.precision() - number.scale()) > MAX_DIGITS || number.scale() > MAX_DIGITS) {
      throw InvalidField.of(field, "is out of range");
    }
    return number;
  }

  private static void whole(BigDecimal number, BigInteger[] range, String field) {
    BigInteger exact;
    try {
      exact = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      throw InvalidField.of(field, "must be a whole number");
    }
    if (range != null && (exact.compareTo(range[0]) < 0 || exact.compareTo(range[1]) > 0)) {
      throw InvalidField.of(field, "is out of range");
    }
  }

  private static void expect(
      JsonValue value, JsonValue.ValueType expected, String field, String message) {
    if (value.getValueType() != expected) {
      throw InvalidField.of(field, message);
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return type instanceof Class<?> plain ? plain : Object.class;
  }

  private static Type elementType(Type collection) {
    if (collection instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[0];
    }
    return Object.class;
  }

  private static BigInteger[] range(long min, long max) {
    return new BigInteger[] {BigInteger.valueOf(min), BigInteger.valueOf(max)};
  }
}
