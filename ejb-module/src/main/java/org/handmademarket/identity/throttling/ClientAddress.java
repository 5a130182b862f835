package org.handmademarket.identity.throttling;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a request comes from, as throttling counts it. An IPv4 address is one client; an IPv6
 * client usually holds a whole /64 (one home or phone gets 2^64 addresses) and could use a new
 * address for every guess, so all addresses of a /64 count as one. An IPv4-mapped IPv6 address is
 * its IPv4 address.
 */
public final class ClientAddress {

  /**
   * Only literals are parsed, {@link InetAddress#getByName} would resolve a host name: dotted IPv4,
   * or hex digits with colons (a string with a colon is never looked up).
   */
  private static final Pattern LITERAL =
      Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

  private static final int GROUP_BYTES = 8;

  private ClientAddress() {}

  /**
   * The key throttling counts under: the IPv4 address, or the IPv6 /64 as {@code
   * 2001:db8:1:2::/64}. Something that is no address literal is returned as it is (bounded), so it
   * still counts against itself.
   */
  public static String groupOf(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    if (!LITERAL.matcher(literal).matches()) {
      return literal.length() <= 64 ? literal : literal.substring(0, 64);
    }
    InetAddress parsed;
    try {
      parsed = InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      return literal;
    }
    if (parsed instanceof Inet6Address) {
      return prefix64(parsed.getAddress());
    }
    return parsed.getHostAddress();
  }

  private static String prefix64(byte[] bytes) {
    StringBuilder group = new StringBuilder();
    for (int i = 0; i < GROUP_BYTES; i += 2) {
      int hextet = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
      group.append(Integer.toHexString(hextet)).append(':');
    }
    return group.append(":/64").toString();
  }
}
