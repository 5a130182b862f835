package org.handmademarket.shipping;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How shipping profiles and quotes are written as JSON: every member, null included. The JSON-B
 * that Payara bundles (Yasson 3.0) leaves out a null member whose type is a class of ours even with
 * {@code @JsonbNillable}, and the storefront's shape has {@code "international": null} and {@code
 * "estimatedDelivery": null}.
 */
public final class ShippingJson {

  private ShippingJson() {}

  /** Writes {@link ShippingSettings}. */
  public static final class SettingsSerializer implements JsonbSerializer<ShippingSettings> {
    @Override
    public void serialize(
        ShippingSettings settings, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      text(json, "originCountry", settings.originCountry());
      rate(json, "domestic", settings.domestic());
      rate(json, "international", settings.international());
      amount(json, "freeDomesticThreshold", settings.freeDomesticThreshold());
      number(json, "processingDaysMin", settings.processingDaysMin());
      number(json, "processingDaysMax", settings.processingDaysMax());
      json.writeEnd();
    }
  }

  /** Writes {@link ShippingQuote}. */
  public static final class QuoteSerializer implements JsonbSerializer<ShippingQuote> {
    @Override
    public void serialize(ShippingQuote quote, JsonGenerator json, SerializationContext context) {
      json.writeStartObject();
      text(json, "destinationCountry", quote.destinationCountry());
      text(json, "shipsFrom", quote.shipsFrom());
      json.write("ships", quote.ships());
      amount(json, "amount", quote.amount());
      amount(json, "freeShippingThreshold", quote.freeShippingThreshold());
      amount(json, "freeShippingRemaining", quote.freeShippingRemaining());
      DeliveryEstimate estimate = quote.estimatedDelivery();
      if (estimate == null) {
        json.writeNull("estimatedDelivery");
      } else {
        json.writeStartObject("estimatedDelivery");
        date(json, "from", estimate.from());
        date(json, "to", estimate.to());
        json.writeEnd();
      }
      json.writeEnd();
    }
  }

  private static void rate(JsonGenerator json, String name, ShippingRate rate) {
    if (rate == null) {
      json.writeNull(name);
      return;
    }
    json.writeStartObject(name);
    amount(json, "firstItem", rate.firstItem());
    amount(json, "additionalItem", rate.additionalItem());
    json.writeEnd();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void amount(JsonGenerator json, String name, BigDecimal value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void number(JsonGenerator json, String name, Integer value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void date(JsonGenerator json, String name, LocalDate value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value.toString());
    }
  }
}
