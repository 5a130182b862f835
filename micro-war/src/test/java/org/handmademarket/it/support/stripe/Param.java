package org.handmademarket.it.support.stripe;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape one parameter of Stripe's API takes, as the API description states it: type, enum
 * values, bounds, nested fields and which of them are required.
 */
@FunctionalInterface
interface Param {

  /** Adds what is wrong with {@code value} (sent as {@code name}) to {@code violations}. */
  void check(String name, ParamTree value, List<Violation> violations);

  /** Text of at most {@code maxLength} characters ({@code maxLength} 5000 is Stripe's default). */
  static Param string(int maxLength) {
    return text(
        "string",
        value -> value.length() <= maxLength,
        "must be at most " + maxLength + " characters");
  }

  static Param string() {
    return string(5000);
  }

  /** An integer of at least 1: Stripe's amounts in the currency's smallest unit. */
  static Param positiveInteger() {
    Pattern digits = Pattern.compile("-?[0-9]{1,18}");
    return (name, value, violations) -> {
      if (!value.isText() || !digits.matcher(value.text()).matches()) {
        violations.add(
            new Violation(
                name, "parameter_invalid_integer", "Invalid integer: " + value.describe()));
      } else if (Long.parseLong(value.text()) < 1) {
        violations.add(new Violation(name, "This value must be greater than or equal to 1."));
      }
    };
  }

  /** A three-letter ISO 4217 code in lowercase. */
  static Param currency() {
    return text("currency", value -> value.matches("[a-z]{3}"), "must be an ISO code in lowercase");
  }

  /** A two-letter ISO 3166-1 country code. */
  static Param country() {
    return text("country", value -> value.matches("[A-Z]{2}"), "must be an ISO country code");
  }

  static Param bool() {
    return text(
        "boolean", value -> value.equals("true") || value.equals("false"), "must be true or false");
  }

  static Param oneOf(String... values) {
    Set<String> allowed = new LinkedHashSet<>(Arrays.asList(values));
    return text("value", allowed::contains, "must be one of " + String.join(", ", allowed));
  }

  /** An absolute http or https URL. */
  static Param url() {
    return text("URL", value -> value.matches("https?://[^\\s]+"), "must be an absolute URL");
  }

  static Param email() {
    return text("email", value -> value.matches("[^@\\s]+@[^@\\s]+"), "must be an email address");
  }

  /**
   * Stripe's metadata: up to 50 keys of at most 40 characters without brackets, text values of at
   * most 500 characters; an empty value unsets, so {@code metadata=} is allowed too.
   */
  static Param metadata() {
    return (name, value, violations) -> {
      if (value.isText()) {
        if (!value.text().isEmpty()) {
          violations.add(new Violation(name, "Invalid hash: " + value.describe()));
        }
        return;
      }
      if (value.children().size() > 50) {
        violations.add(new Violation(name, "Metadata can have at most 50 keys"));
      }
      value
          .children()
          .forEach(
              (key, entry) -> {
                String entryName = name + "[" + key + "]";
                if (key.length() > 40) {
                  violations.add(
                      new Violation(entryName, "Metadata keys can be at most 40 characters"));
                }
                string(500).check(entryName, entry, violations);
              });
    };
  }

  /** A list sent as {@code name[0]}, {@code name[1]}...: indexes from 0 without gaps. */
  static Param listOf(Param item) {
    return (name, value, violations) -> {
      if (value.isText()) {
        violations.add(new Violation(name, "Invalid array: " + value.describe()));
        return;
      }
      int expected = 0;
      for (Map.Entry<String, ParamTree> entry : value.children().entrySet()) {
        String entryName = name + "[" + entry.getKey() + "]";
        if (!entry.getKey().equals(String.valueOf(expected++))) {
          violations.add(new Violation(entryName, "Invalid array index: " + entry.getKey()));
        } else {
          item.check(entryName, entry.getValue(), violations);
        }
      }
    };
  }

  /**
   * A parameter Stripe's API has for the operation but the stand-in does not act on; sending it is
   * reported, because the answer would not be the one Stripe gives.
   */
  static Param notSimulated() {
    return (name, value, violations) ->
        violations.add(
            new Violation(
                name,
                "Parameter "
                    + name
                    + " exists in Stripe's API but the stand-in does not simulate it"));
  }

  /** A hash of named fields; start with {@link #hash()}. */
  static Hash hash() {
    return new Hash();
  }

  private static Param text(
      String type, java.util.function.Predicate<String> valid, String expectation) {
    return (name, value, violations) -> {
      if (!value.isText() || !valid.test(value.text())) {
        violations.add(
            new Violation(
                name, "Invalid " + type + ": " + value.describe() + " (" + expectation + ")"));
      }
    };
  }

  /** A hash of named fields, some required; keys it does not name are unknown to Stripe. */
  final class Hash implements Param {

    private final Map<String, Param> fields = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private Param others;

    private Hash() {}

    Hash optional(String field, Param shape) {
      fields.put(field, shape);
      return this;
    }

    Hash required(String field, Param shape) {
      required.add(field);
      return optional(field, shape);
    }

    /** Fields Stripe's API has that the stand-in does not act on. */
    Hash notSimulated(String... names) {
      for (String field : names) {
        optional(field, notSimulated());
      }
      return this;
    }

    /** Keys not named here still exist in Stripe's API (e.g. its many capabilities). */
    Hash othersNotSimulated() {
      others = notSimulated();
      return this;
    }

    @Override
    public void check(String name, ParamTree value, List<Violation> violations) {
      if (value.isText()) {
        violations.add(new Violation(name, "Invalid hash: " + value.describe()));
        return;
      }
      for (String field : required) {
        if (!value.children().containsKey(field)) {
          violations.add(
              new Violation(
                  nested(name, field),
                  "parameter_missing",
                  "Missing required param: " + nested(name, field) + "."));
        }
      }
      value
          .children()
          .forEach(
              (field, fieldValue) -> {
                Param shape = fields.getOrDefault(field, others);
                if (shape == null) {
                  violations.add(
                      new Violation(
                          nested(name, field),
                          "parameter_unknown",
                          "Received unknown parameter: " + nested(name, field)));
                } else {
                  shape.check(nested(name, field), fieldValue, violations);
                }
              });
    }

    private static String nested(String name, String field) {
      return name.isEmpty() ? field : name + "[" + field + "]";
    }
  }
}
