package org.handmademarket.web.api.problem;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.Map;
import org.handmademarket.platform.errors.ProblemType;

/** Writes problem documents (RFC 9457): the standard members first, then the actionable extras. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Response response(
      ProblemType type, int status, String detail, UriInfo request, Map<String, ?> extensions) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", type.uri())
            .add("title", type.title())
            .add("status", status)
            .add("detail", detail);
    if (request != null) {
      body.add("instance", request.getRequestUri().getRawPath());
    }
    extensions.forEach((name, value) -> body.add(name, toJson(value)));
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  public static Response response(
      ProblemType type, String detail, UriInfo request, Map<String, ?> extensions) {
    return response(type, type.status(), detail, request, extensions);
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof JsonValue json) {
      return json;
    }
    String text = JSONB.toJson(value);
    return JSON.createReader(new StringReader("[" + text + "]")).readArray().get(0);
  }

  static JsonObject fieldError(String field, String message) {
    return JSON.createObjectBuilder().add("field", field).add("message", message).build();
  }
}
