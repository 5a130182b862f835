package org.handmademarket.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handmademarket.localstack.MailServer;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;

/** What reached the tests' SMTP server, read as a recipient would. */
public final class Mailbox {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final Pattern VERIFICATION_LINK =
      Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

  private final MailServer server;

  private Mailbox(MailServer server) {
    this.server = server;
  }

  public static Mailbox ofTheTests() {
    return new Mailbox(IntegrationServices.current().mail());
  }

  /** Waits for the one mail to a recipient whose subject contains the given words. */
  public MimeMessage awaitOne(String recipient, String subjectPart) {
    List<MimeMessage> found =
        Eventually.await(
            "a mail to " + recipient + " about '" + subjectPart + "'",
            MAIL_WAIT,
            () -> to(recipient, subjectPart),
            mails -> !mails.isEmpty());
    assertEquals(1, found.size(), "exactly one mail about '" + subjectPart + "'");
    return found.get(0);
  }

  /** Mails to a recipient whose subject contains the given words, oldest first. */
  public List<MimeMessage> to(String recipient, String subjectPart) {
    return server.received().stream()
        .filter(message -> isTo(message, recipient) && subject(message).contains(subjectPart))
        .toList();
  }

  /**
   * Follows the link of the verification mail sent at registration, as the account's owner would
   * before opening a shop.
   */
  public void confirmAddress(ApiClient app, String email) {
    String text = part(awaitOne(email, "Confirm your email address"), "text/plain");
    Matcher link = VERIFICATION_LINK.matcher(text);
    assertTrue(link.find(), () -> "a verification link in:\n" + text);
    ApiClient.Reply confirmed =
        app.postJson("api/auth/verify-email", "{\"token\": \"" + link.group(1) + "\"}");
    assertEquals(204, confirmed.status(), confirmed.body());
  }

  /** The part of a plain-text-and-HTML mail with the given type. */
  public static String part(MimeMessage message, String type) {
    try {
      MimeMultipart alternatives = (MimeMultipart) message.getContent();
      assertEquals(2, alternatives.getCount(), "plain text and HTML");
      for (int i = 0; i < alternatives.getCount(); i++) {
        BodyPart part = alternatives.getBodyPart(i);
        if (part.isMimeType(type)) {
          return (String) part.getContent();
        }
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("an unreadable mail", e);
    }
    throw new AssertionError("no " + type + " part");
  }

  private static boolean isTo(MimeMessage message, String recipient) {
    try {
      return message.getAllRecipients()[0].toString().equals(recipient);
    } catch (MessagingException e) {
      throw new IllegalStateException("an unreadable mail", e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException("an unreadable mail", e);
    }
  }
}
