package org.handmademarket.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.outbox.Backoff;

/** How mail leaves the marketplace and how hard the sender tries; docs/operations.md lists them. */
@ApplicationScoped
public class MailSettings {

  /** How the connection to the SMTP server is secured. */
  public enum Security {
    /** Plain SMTP: only for a server on the same host or network (the local stack). */
    NONE,
    /** Plain connection upgraded with STARTTLS, refused if the server does not offer it. */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS
  }

  @Inject
  @ConfigProperty(name = "mail.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "mail.port", defaultValue = "13025")
  int port;

  @Inject
  @ConfigProperty(name = "mail.security", defaultValue = "NONE")
  Security security;

  @Inject
  @ConfigProperty(name = "mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mail.from", defaultValue = "Handmade Market <no-reply@handmade.market>")
  String from;

  @Inject
  @ConfigProperty(name = "mail.timeout.millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "notifications.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "notifications.mail.retry.first.millis", defaultValue = "30000")
  long retryFirstMillis;

  @Inject
  @ConfigProperty(name = "notifications.mail.retry.longest.millis", defaultValue = "1800000")
  long retryLongestMillis;

  @Inject
  @ConfigProperty(name = "notifications.link.base-url", defaultValue = "http://127.0.0.1:8180")
  String linkBaseUrl;

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public Security security() {
    return security;
  }

  /** The SMTP user; empty: the server does not ask for authentication. */
  public Optional<String> user() {
    return user.filter(value -> !value.isBlank());
  }

  public String password() {
    return password.orElse("");
  }

  public String from() {
    return from;
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  /** After this many failed attempts a mail is a dead letter. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Backoff backoff() {
    return new Backoff(Duration.ofMillis(retryFirstMillis), Duration.ofMillis(retryLongestMillis));
  }

  /** Where links in mails point: the storefront's origin, without a trailing slash. */
  public String linkBaseUrl() {
    return linkBaseUrl.endsWith("/")
        ? linkBaseUrl.substring(0, linkBaseUrl.length() - 1)
        : linkBaseUrl;
  }
}
