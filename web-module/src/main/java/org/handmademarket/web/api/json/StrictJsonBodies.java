package org.handmademarket.web.api.json;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Reads every JSON body bound to one of the marketplace's request classes. JSON-B alone would take
 * {@code [{...}]} for the object, {@code {...} xyz}, the last of two equal keys, {@code "12.5"} for
 * a number and {@code 4294967297} for an int (stored as 1). Here the body is first read whole (at
 * most {@value #MAX_BYTES} bytes, strict UTF-8), parsed as exactly one JSON value ({@link
 * JsonDocument}) and checked against the request class's field types ({@link JsonShape}); only then
 * does JSON-B bind the same bytes. An interceptor rather than a reader of its own, so that it runs
 * whichever JSON reader the runtime picks. Bean Validation runs on the bound object as before.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  /** Four long texts of 10,000 characters, escaped, fit with room to spare. */
  static final int MAX_BYTES = 256 * 1024;

  private static final String REQUEST_CLASSES = "org.handmademarket.";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())
        || !context.getType().getName().startsWith(REQUEST_CLASSES)) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), declaredLength(context));
    JsonValue document = JsonDocument.parse(decode(body));
    if (document.getValueType() == JsonValue.ValueType.NULL) {
      throw malformed("The request needs a JSON object as its body, not null.");
    }
    JsonShape.check(document, context.getType());
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static MarketplaceException tooLarge() {
    return new MarketplaceException(
        ProblemType.PAYLOAD_TOO_LARGE,
        "A JSON request body may have at most " + MAX_BYTES + " bytes.",
        Map.of("maxBytes", MAX_BYTES));
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
            || type.getSubtype().endsWith("+json"));
  }

  /**
   * The body's Content-Length, or -1 when it is sent in chunks. Reading exactly that many bytes,
   * instead of up to the end of the stream, never waits on a connection whose framing the container
   * does not end (a request that also asked to upgrade the protocol, say).
   */
  private static long declaredLength(ReaderInterceptorContext context) {
    String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      throw malformed("The Content-Length header is not a number.");
    }
  }

  private static byte[] readAtMost(InputStream body, long declaredLength) throws IOException {
    // One byte over the limit is enough to refuse; reading it (rather than answering at once) lets
    // the client finish sending before it reads the answer.
    int wanted =
        (int) Math.min(declaredLength >= 0 ? declaredLength : Long.MAX_VALUE, MAX_BYTES + 1L);
    byte[] bytes = body.readNBytes(wanted);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      throw malformed("The request needs a JSON body.");
    }
    return bytes;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw malformed("The request body is not valid UTF-8.");
    }
  }

  static MarketplaceException malformed(String detail) {
    return new MarketplaceException(ProblemType.MALFORMED_REQUEST, detail, Map.of());
  }
}
