package org.handmademarket.notifications;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes one mail twice as it goes, as plain text and as HTML, so that the two always say the same.
 * Everything passed in is text: it is escaped for HTML here, so a shop named {@code <b>} stays a
 * name. Money is in US dollars and dates in UTC, as in the storefront.
 */
final class MailBody {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder html = new StringBuilder();

  MailBody(String heading) {
    text.append(heading).append("\n\n");
    html.append("<!DOCTYPE html><html><body style=\"font-family:Georgia,serif;color:#222;")
        .append("max-width:600px;margin:auto\"><h1 style=\"font-size:22px\">")
        .append(escape(heading))
        .append("</h1>");
  }

  static String money(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }

  static String date(OffsetDateTime at) {
    return DATE.format(at.withOffsetSameInstant(ZoneOffset.UTC));
  }

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** The shop the mail is from, by its logo and name; HTML only, the text says the name anyway. */
  MailBody shop(String name, String logoUrl) {
    if (logoUrl != null) {
      html.append("<p><img src=\"")
          .append(escape(logoUrl))
          .append("\" alt=\"\" width=\"48\" height=\"48\" style=\"border-radius:50%;")
          .append("vertical-align:middle;margin-right:8px\"><strong>")
          .append(escape(name))
          .append("</strong></p>");
    }
    return this;
  }

  MailBody paragraph(String words) {
    text.append(words).append("\n\n");
    html.append("<p>").append(escape(words)).append("</p>");
    return this;
  }

  MailBody section(String title) {
    text.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    html.append("<h2 style=\"font-size:17px;margin-bottom:4px\">")
        .append(escape(title))
        .append("</h2>");
    return this;
  }

  /** One line of a list: a label and, right-aligned in HTML, its value. */
  MailBody line(String label, String value) {
    text.append("  ").append(label).append("  ").append(value).append('\n');
    html.append("<table style=\"width:100%\"><tr><td>")
        .append(escape(label))
        .append("</td><td style=\"text-align:right;white-space:nowrap\">")
        .append(escape(value))
        .append("</td></tr></table>");
    return this;
  }

  MailBody gap() {
    text.append('\n');
    return this;
  }

  MailBody link(String label, String url) {
    text.append(label).append(": ").append(url).append("\n\n");
    html.append("<p><a href=\"")
        .append(escape(url))
        .append("\" style=\"background:#b5542b;color:#fff;padding:10px 16px;")
        .append("text-decoration:none;border-radius:4px\">")
        .append(escape(label))
        .append("</a></p>");
    return this;
  }

  MailContent build(String subject, String footer) {
    text.append("--\n").append(footer).append('\n');
    html.append("<hr><p style=\"font-size:12px;color:#666\">")
        .append(escape(footer))
        .append("</p></body></html>");
    return new MailContent(subject, text.toString(), html.toString());
  }

  static String escape(String raw) {
    StringBuilder escaped = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
