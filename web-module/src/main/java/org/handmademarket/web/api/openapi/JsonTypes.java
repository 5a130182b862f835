package org.handmademarket.web.api.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** How JSON-B maps Java types onto JSON, as OpenAPI schemas. */
final class JsonTypes {

  private JsonTypes() {}

  /** The schema of {@code type} when JSON holds it as a string, number, boolean or enum. */
  static Optional<Schema> scalar(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return Optional.of(typed(Schema.SchemaType.STRING));
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of(typed(Schema.SchemaType.BOOLEAN));
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == BigInteger.class) {
      return Optional.of(typed(Schema.SchemaType.INTEGER));
    }
    if (type == BigDecimal.class
        || type == double.class
        || type == float.class
        || type == Double.class
        || type == Float.class) {
      return Optional.of(typed(Schema.SchemaType.NUMBER));
    }
    if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
      return Optional.of(typed(Schema.SchemaType.STRING).format("date-time"));
    }
    if (type == LocalDate.class) {
      return Optional.of(typed(Schema.SchemaType.STRING).format("date"));
    }
    if (type.isEnum()) {
      Schema schema = typed(Schema.SchemaType.STRING);
      Arrays.stream(type.getEnumConstants())
          .map(constant -> ((Enum<?>) constant).name())
          .forEach(schema::addEnumeration);
      return Optional.of(schema);
    }
    return Optional.empty();
  }

  static Schema typed(Schema.SchemaType type) {
    return OASFactory.createSchema().type(type);
  }

  /** The {@code index}th type argument of a parameterized type ({@code List<X>}: X). */
  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
    throw new IllegalStateException(type.getTypeName() + " names no element type");
  }

  static Class<?> rawClass(Type type) {
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof Class<?>) {
      return (Class<?>) type;
    }
    throw new IllegalStateException("No schema for " + type.getTypeName());
  }
}
