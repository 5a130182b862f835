package org.handmademarket.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.outbox.Backoff;

/**
 * How mail leaves the marketplace and how hard the sender tries; the defaults are in
 * microprofile-config.properties and docs/operations.md lists them.
 */
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
  @ConfigProperty(name = "mail.host")
  String host;

  @Inject
  @ConfigProperty(name = "mail.port")
  int port;

  @Inject
  @ConfigProperty(name = "mail.security")
  Security security;

  @Inject
  @ConfigProperty(name = "mail.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "mail.timeout.millis")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "notifications.mail.max-attempts")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "notifications.mail.retry.first.millis")
  long retryFirstMillis;

  @Inject
  @ConfigProperty(name = "notifications.mail.retry.longest.millis")
  long retryLongestMillis;

  @Inject
  @ConfigProperty(name = "notifications.link.base-url")
  String linkBaseUrl;

  @Inject
  @ConfigProperty(name = "images.base-url")
  Optional<String> imageBaseUrl;

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

  /**
   * The absolute URL of a stored image for a mail (a mail has no page to resolve a path against):
   * under {@code images.base-url} when a CDN serves them, else the storefront's image endpoint.
   */
  public String imageUrl(String key) {
    if (key == null) {
      return null;
    }
    String base = imageBaseUrl.filter(url -> !url.isBlank()).orElse(linkBaseUrl() + "/api/images/");
    return (base.endsWith("/") ? base : base + "/") + key;
  }

  /** Where links in mails point: the storefront's origin, without a trailing slash. */
  public String linkBaseUrl() {
    return linkBaseUrl.endsWith("/")
        ? linkBaseUrl.substring(0, linkBaseUrl.length() - 1)
        : linkBaseUrl;
  }
}
