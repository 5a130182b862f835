package org.handmademarket.identity.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account's email address, in the one spelling the marketplace stores and compares: trimmed and
 * in lower case, so that "Ana@Example.org " and "ana@example.org" are the same account.
 */
public record EmailAddress(String value) {

  /** The longest address SMTP can deliver to (RFC 5321 path limit). */
  public static final int MAX_LENGTH = 254;

  /**
   * One {@code @}, no white space, and a domain with at least one dot. Deliverability is proven by
   * the mail we send, not by a stricter pattern, which would only reject real addresses.
   */
  public static final String SHAPE = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

  private static final Pattern VALID = Pattern.compile(SHAPE);

  public EmailAddress {
    if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not an email address");
    }
    if (!value.equals(normalise(value))) {
      throw new IllegalArgumentException("email address not normalised");
    }
  }

  /** The address a person typed, in the stored spelling; throws if it is not an email address. */
  public static EmailAddress of(String typed) {
    return new EmailAddress(normalise(typed));
  }

  /** Trimmed and lower-cased with a fixed locale (a Turkish server must not turn "I" into "ı"). */
  public static String normalise(String typed) {
    return typed == null ? null : typed.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
