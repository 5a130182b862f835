package org.handmademarket.live;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a client watches: one listing's availability, one order's status, or the new orders of one
 * seller's shop (the console).
 */
public record Topic(Kind kind, long id) {

  /** The kinds of topic, named as they appear in messages ({@code "listing": 42}). */
  public enum Kind {
    LISTING("listing"),
    ORDER("order"),
    SELLER("seller");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The message field that names a topic of this kind. */
    public String field() {
      return field;
    }
  }

  public static Topic listing(long productId) {
    return new Topic(Kind.LISTING, productId);
  }

  public static Topic order(long orderId) {
    return new Topic(Kind.ORDER, orderId);
  }

  /** New orders of the shop the account owns. */
  public static Topic seller(long sellerId) {
    return new Topic(Kind.SELLER, sellerId);
  }

  /**
   * The topic a message names: exactly one of the fields {@code listing}, {@code order} or {@code
   * seller}, holding a positive whole number; empty for anything else.
   */
  public static Optional<Topic> namedIn(JsonObject message) {
    Kind[] named =
        Arrays.stream(Kind.values())
            .filter(kind -> message.containsKey(kind.field()))
            .toArray(Kind[]::new);
    if (named.length != 1
        || message.get(named[0].field()).getValueType() != JsonValue.ValueType.NUMBER) {
      return Optional.empty();
    }
    JsonNumber number = message.getJsonNumber(named[0].field());
    try {
      long id = number.longValueExact();
      return id > 0 ? Optional.of(new Topic(named[0], id)) : Optional.empty();
    } catch (ArithmeticException notAWholeLong) {
      return Optional.empty();
    }
  }
}
