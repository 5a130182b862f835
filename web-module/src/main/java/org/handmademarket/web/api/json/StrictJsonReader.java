package org.handmademarket.web.api.json;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
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
 * does JSON-B bind it. Bean Validation runs on the bound object as before.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** Four long texts of 10,000 characters, escaped, fit with room to spare. */
  static final int MAX_BYTES = 256 * 1024;

  private static final String REQUEST_CLASSES = "org.handmademarket.";

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getName().startsWith(REQUEST_CLASSES) && !type.isEnum();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    String text = decode(readAtMost(entityStream));
    JsonValue document = JsonDocument.parse(text);
    if (document.getValueType() == JsonValue.ValueType.NULL) {
      throw malformed("The request needs a JSON object as its body, not null.");
    }
    JsonShape.check(document, type);
    return JSONB.fromJson(text, genericType);
  }

  private static byte[] readAtMost(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new MarketplaceException(
          ProblemType.PAYLOAD_TOO_LARGE,
          "A JSON request body may have at most " + MAX_BYTES + " bytes.",
          Map.of("maxBytes", MAX_BYTES));
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
