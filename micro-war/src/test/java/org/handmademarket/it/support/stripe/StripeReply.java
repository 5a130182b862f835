package org.handmademarket.it.support.stripe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An HTTP answer as Stripe gives it: a status and a JSON body. */
record StripeReply(int status, String body) {

  static StripeReply ok(JsonObject object) {
    return new StripeReply(200, object.toString());
  }

  /** {@code {"error":{...}}} with the given status. */
  static StripeReply error(int status, JsonObjectBuilder error) {
    return new StripeReply(
        status, Json.createObjectBuilder().add("error", error).build().toString());
  }

  /** 400 {@code invalid_request_error}; {@code code} and {@code param} may be null. */
  static StripeReply invalidRequest(String code, String param, String message) {
    return error(400, invalidRequestError(code, param, message));
  }

  static JsonObjectBuilder invalidRequestError(String code, String param, String message) {
    JsonObjectBuilder error = Json.createObjectBuilder().add("type", "invalid_request_error");
    if (code != null) {
      error.add("code", code);
      error.add("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
    }
    if (param != null) {
      error.add("param", param);
    }
    return error.add("message", message);
  }

  /** A path naming an object Stripe does not have: 404 {@code resource_missing}. */
  static StripeReply notFound(String param, String kind, String id) {
    return error(
        404, invalidRequestError("resource_missing", param, "No such " + kind + ": '" + id + "'"));
  }

  /** A parameter naming an object Stripe does not have: 400 {@code resource_missing}. */
  static StripeReply noSuch(String param, String kind, String id) {
    return invalidRequest("resource_missing", param, "No such " + kind + ": '" + id + "'");
  }
}
