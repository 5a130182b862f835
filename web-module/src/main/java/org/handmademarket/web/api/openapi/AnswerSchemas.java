package org.handmademarket.web.api.openapi;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes the records the API answers with as OpenAPI schemas, the way JSON-B writes them: one
 * component per record, named after it; a member named by {@code @JsonbProperty}; primitives and
 * collections always present; another member left out when null, unless {@code @JsonbNillable}
 * keeps a JDK-typed one as {@code null}; a record with its own serializer writes every member, null
 * included.
 */
final class AnswerSchemas {

  private final Map<String, Schema> components = new LinkedHashMap<>();
  private final Map<String, String> describedTypes = new HashMap<>();

  /** The components described so far, by name. */
  Map<String, Schema> components() {
    return components;
  }

  /**
   * Describes {@code type} (a record) and what it refers to; its component is named after it, a
   * generic one after its type arguments too ({@code Page<OrderView>}: {@code OrderViewPage}).
   *
   * @return the component's name
   */
  String describe(Class<?> type, Class<?>... typeArguments) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    TypeVariable<?>[] variables = type.getTypeParameters();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < variables.length; i++) {
      bindings.put(variables[i], typeArguments[i]);
      name.append(typeArguments[i].getSimpleName());
    }
    return component(name.append(type.getSimpleName()).toString(), type, bindings);
  }

  /** Describes a list of {@code type} (a record) as the component named after it and "List". */
  void describeList(Class<?> type) {
    String items = describe(type);
    components.put(
        items + "List",
        JsonTypes.typed(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref(items)));
  }

  private String component(String name, Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    String identity = type.getName() + bindings.values();
    String described = describedTypes.get(name);
    if (described != null) {
      if (!described.equals(identity)) {
        throw new IllegalStateException("Two answer types are named " + name);
      }
      return name;
    }
    describedTypes.put(name, identity);
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    components.put(name, schema);
    boolean everyMember = type.isAnnotationPresent(JsonbTypeSerializer.class);
    boolean nillable = type.isAnnotationPresent(JsonbNillable.class);
    for (RecordComponent member : type.getRecordComponents()) {
      if (member.isAnnotationPresent(JsonbTransient.class)
          || member.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
        continue;
      }
      JsonbProperty renamed = member.getAccessor().getAnnotation(JsonbProperty.class);
      if (renamed == null) {
        renamed = member.getAnnotation(JsonbProperty.class);
      }
      String property = renamed == null ? member.getName() : renamed.value();
      Type memberType = resolve(member.getGenericType(), bindings);
      Schema value = schemaOf(memberType, bindings);
      Class<?> raw = JsonTypes.rawClass(memberType);
      boolean mayBeNull =
          !raw.isPrimitive()
              && (everyMember
                  || member.isAnnotationPresent(Nullable.class)
                  || member.getAccessor().isAnnotationPresent(Nullable.class));
      boolean writtenAsNull =
          everyMember
              || (isJdkType(raw) && (nillable || member.isAnnotationPresent(JsonbNillable.class)));
      schema.addProperty(property, mayBeNull ? nullable(value) : value);
      if (!mayBeNull || writtenAsNull) {
        schema.addRequired(property);
      }
    }
    return name;
  }

  private Schema schemaOf(Type type, Map<TypeVariable<?>, Type> bindings) {
    Type resolved = resolve(type, bindings);
    Class<?> raw = JsonTypes.rawClass(resolved);
    Optional<Schema> scalar = JsonTypes.scalar(raw);
    if (scalar.isPresent()) {
      return scalar.get();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return JsonTypes.typed(Schema.SchemaType.ARRAY)
          .items(schemaOf(JsonTypes.argument(resolved, 0), bindings));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return JsonTypes.typed(Schema.SchemaType.OBJECT)
          .additionalPropertiesSchema(schemaOf(JsonTypes.argument(resolved, 1), bindings));
    }
    if (raw.isRecord()) {
      Map<TypeVariable<?>, Type> inner = new HashMap<>();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      StringBuilder name = new StringBuilder();
      for (int i = 0; i < variables.length; i++) {
        Type argument = resolve(JsonTypes.argument(resolved, i), bindings);
        inner.put(variables[i], argument);
        name.append(JsonTypes.rawClass(argument).getSimpleName());
      }
      name.append(raw.getSimpleName());
      return OASFactory.createSchema().ref(component(name.toString(), raw, inner));
    }
    throw new IllegalStateException("No schema for " + resolved.getTypeName());
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?>) {
      return Objects.requireNonNull(bindings.get(type), () -> "unbound " + type);
    }
    return type;
  }

  private static boolean isJdkType(Class<?> type) {
    return type.getName().startsWith("java.");
  }

  private static Schema nullable(Schema schema) {
    if (schema.getRef() != null) {
      // OpenAPI 3.0 ignores siblings of $ref: null is allowed through allOf.
      return OASFactory.createSchema().nullable(true).addAllOf(schema);
    }
    return schema.nullable(true);
  }
}
