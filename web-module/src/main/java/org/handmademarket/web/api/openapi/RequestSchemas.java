package org.handmademarket.web.api.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the JSON bodies the API reads as OpenAPI schemas, from the request classes themselves:
 * one component per class (named as its {@code @Schema} annotation says, or after the class), a
 * property for each public field, and the field's Bean Validation constraints as the property's
 * bounds. {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} make a property required.
 */
final class RequestSchemas {

  private final Map<String, Schema> components = new LinkedHashMap<>();
  private final Map<String, Class<?>> describedTypes = new HashMap<>();

  /** The components described so far, by name. */
  Map<String, Schema> components() {
    return components;
  }

  /**
   * Describes {@code type} and the request classes its fields hold.
   *
   * @return the component's name
   */
  String describe(Class<?> type) {
    org.eclipse.microprofile.openapi.annotations.media.Schema named =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    String name = named == null || named.name().isEmpty() ? type.getSimpleName() : named.name();
    Class<?> described = describedTypes.putIfAbsent(name, type);
    if (described != null) {
      if (described != type) {
        throw new IllegalStateException("Two request types are named " + name);
      }
      return name;
    }
    Schema schema = JsonTypes.typed(Schema.SchemaType.OBJECT);
    components.put(name, schema);
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
      String property = renamed == null ? field.getName() : renamed.value();
      schema.addProperty(property, schemaOf(field.getAnnotatedType(), field));
      if (field.isAnnotationPresent(NotNull.class)
          || field.isAnnotationPresent(NotBlank.class)
          || field.isAnnotationPresent(NotEmpty.class)) {
        schema.addRequired(property);
      }
    }
    return name;
  }

  /**
   * The schema of a field's or an element's type, with the constraints written on the field or the
   * element.
   */
  private Schema schemaOf(AnnotatedType annotated, AnnotatedElement constraints) {
    Class<?> raw = JsonTypes.rawClass(annotated.getType());
    Optional<Schema> scalar = JsonTypes.scalar(raw);
    Schema schema;
    if (Collection.class.isAssignableFrom(raw)) {
      if (!(annotated instanceof AnnotatedParameterizedType elements)) {
        throw new IllegalStateException(
            annotated.getType().getTypeName() + " names no element type");
      }
      AnnotatedType element = elements.getAnnotatedActualTypeArguments()[0];
      schema = JsonTypes.typed(Schema.SchemaType.ARRAY).items(schemaOf(element, element));
    } else if (scalar.isPresent()) {
      schema = scalar.get();
    } else {
      // OpenAPI 3.0 ignores the siblings of $ref: a nested body's own schema carries its bounds.
      return OASFactory.createSchema().ref(describe(raw));
    }
    constrain(schema, constraints);
    return schema;
  }

  private static void constrain(Schema schema, AnnotatedElement annotated) {
    boolean array = schema.getType() == Schema.SchemaType.ARRAY;
    if (annotated.isAnnotationPresent(NotBlank.class)) {
      schema.minLength(1).pattern("\\S");
    }
    if (annotated.isAnnotationPresent(NotEmpty.class)) {
      if (array) {
        schema.minItems(1);
      } else {
        schema.minLength(1);
      }
    }
    Size size = annotated.getAnnotation(Size.class);
    if (size != null && size.min() > 0) {
      if (array) {
        schema.minItems(size.min());
      } else {
        schema.minLength(size.min());
      }
    }
    if (size != null && size.max() < Integer.MAX_VALUE) {
      if (array) {
        schema.maxItems(size.max());
      } else {
        schema.maxLength(size.max());
      }
    }
    Min min = annotated.getAnnotation(Min.class);
    if (min != null) {
      schema.minimum(BigDecimal.valueOf(min.value()));
    }
    Max max = annotated.getAnnotation(Max.class);
    if (max != null) {
      schema.maximum(BigDecimal.valueOf(max.value()));
    }
    DecimalMin decimalMin = annotated.getAnnotation(DecimalMin.class);
    if (decimalMin != null) {
      schema.minimum(new BigDecimal(decimalMin.value()));
      if (!decimalMin.inclusive()) {
        schema.exclusiveMinimum(true);
      }
    }
    DecimalMax decimalMax = annotated.getAnnotation(DecimalMax.class);
    if (decimalMax != null) {
      schema.maximum(new BigDecimal(decimalMax.value()));
      if (!decimalMax.inclusive()) {
        schema.exclusiveMaximum(true);
      }
    }
    Digits digits = annotated.getAnnotation(Digits.class);
    if (digits != null && digits.fraction() == 0) {
      // A decimal with no fraction digits is a whole number: 1.0 is refused as well as 1.5.
      schema.type(Schema.SchemaType.INTEGER);
    }
    Pattern pattern = annotated.getAnnotation(Pattern.class);
    if (pattern != null) {
      // Bean Validation matches the whole value; an OpenAPI pattern may match any part of it.
      schema.pattern("^(?:" + pattern.regexp() + ")$");
    }
  }
}
