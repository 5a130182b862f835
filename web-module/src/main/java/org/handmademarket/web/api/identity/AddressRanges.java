package org.handmademarket.web.api.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code 127.0.0.1}),
 * e.g. the reverse proxies whose {@code X-Forwarded-For} is believed. Only literals are accepted: a
 * host name would make every check a DNS lookup, and DNS answers can be forged.
 */
final class AddressRanges {

  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

  private record Range(byte[] network, int prefixBits) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int fullBytes = prefixBits / 8;
      for (int i = 0; i < fullBytes; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int restBits = prefixBits % 8;
      if (restBits == 0) {
        return true;
      }
      int mask = (0xff << (8 - restBits)) & 0xff;
      return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
  }

  private final List<Range> ranges;

  private AddressRanges(List<Range> ranges) {
    this.ranges = ranges;
  }

  /**
   * @throws IllegalArgumentException for an entry that is no address literal or CIDR range, so that
   *     a mistyped configuration stops the start rather than trusting nothing (or too much)
   */
  static AddressRanges of(List<String> entries) {
    return new AddressRanges(
        entries.stream()
            .map(String::strip)
            .filter(e -> !e.isEmpty())
            .map(AddressRanges::parse)
            .toList());
  }

  boolean contains(String address) {
    if (ranges.isEmpty() || address == null) {
      return false;
    }
    byte[] bytes = bytesOf(address.strip());
    return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
  }

  private static Range parse(String entry) {
    int slash = entry.indexOf('/');
    byte[] network = bytesOf(slash < 0 ? entry : entry.substring(0, slash));
    if (network == null) {
      throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
    }
    int bits = network.length * 8;
    if (slash >= 0) {
      try {
        bits = Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a CIDR prefix length: " + entry, e);
      }
      if (bits < 0 || bits > network.length * 8) {
        throw new IllegalArgumentException("Not a CIDR prefix length: " + entry);
      }
    }
    return new Range(network, bits);
  }

  /** The address's bytes (4 or 16; an IPv4-mapped IPv6 address gives 4), or null. */
  private static byte[] bytesOf(String literal) {
    String bare =
        literal.startsWith("[") && literal.endsWith("]")
            ? literal.substring(1, literal.length() - 1)
            : literal;
    if (!LITERAL.matcher(bare).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
