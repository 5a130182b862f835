package org.handmademarket.it.support.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stripe's request encoding: {@code application/x-www-form-urlencoded} pairs whose keys nest with
 * brackets ({@code metadata[order]}, {@code capabilities[transfers][requested]}, {@code
 * payment_method_types[0]}).
 */
final class FormParams {

  private FormParams() {}

  /** The decoded pairs in the order sent; a key sent twice is kept once with its last value. */
  static Map<String, String> parse(String encoded) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.put(decode(key), decode(value));
    }
    return Collections.unmodifiableMap(pairs);
  }

  /**
   * The segments of a bracketed key: {@code a[b][0]} is {@code [a, b, 0]}; null when the brackets
   * do not pair up.
   */
  static List<String> path(String key) {
    int open = key.indexOf('[');
    if (open < 0) {
      return List.of(key);
    }
    List<String> segments = new ArrayList<>();
    segments.add(key.substring(0, open));
    int at = open;
    while (at < key.length()) {
      if (key.charAt(at) != '[') {
        return null;
      }
      int close = key.indexOf(']', at);
      if (close < 0) {
        return null;
      }
      segments.add(key.substring(at + 1, close));
      at = close + 1;
    }
    return segments;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
