package org.handmademarket.identity.throttling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * Caps registrations per client address an hour and for the whole marketplace a minute. Every
 * registration derives a password key on purpose slowly, so a few requests a second would keep the
 * processors busy; the cap is checked before anything else, and counted in a transaction of its own
 * so that refused and invalid registrations count too.
 */
@Stateless
public class RegistrationLimit {

  static final Duration PER_ADDRESS_WINDOW = RequestCounts.HOUR;
  static final Duration OVERALL_WINDOW = Duration.ofMinutes(1);

  private static final Logger LOG = Logger.getLogger(RegistrationLimit.class.getName());

  @Inject RequestCounts requests;

  @Inject
  @ConfigProperty(name = "auth.registrations.per-address-per-hour")
  int perAddressPerHour;

  @Inject
  @ConfigProperty(name = "auth.registrations.per-minute")
  int perMinute;

  /**
   * Counts a registration attempt. Answers rather than throws, so that the count commits also when
   * the attempt is refused.
   *
   * @return the refusal (429 with Retry-After) when this client or everyone together registered too
   *     often, for the caller to throw
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<MarketplaceException> refusal(String clientAddress) {
    String client = ClientAddress.groupOf(clientAddress);
    if (requests.countWithin("register-address:" + client, PER_ADDRESS_WINDOW)
        > perAddressPerHour) {
      return Optional.of(
          tooMany("Too many registrations from here. Try again in an hour.", PER_ADDRESS_WINDOW));
    }
    int overall = requests.countWithin("register-overall", OVERALL_WINDOW);
    if (overall > perMinute) {
      if (overall == perMinute + 1) {
        LOG.warning(() -> "More than " + perMinute + " registrations a minute: refusing more");
      }
      return Optional.of(
          tooMany("Too many registrations right now. Try again in a minute.", OVERALL_WINDOW));
    }
    return Optional.empty();
  }

  private static MarketplaceException tooMany(String detail, Duration retryAfter) {
    return new MarketplaceException(
        ProblemType.TOO_MANY_ATTEMPTS,
        detail,
        Map.<String, Object>of("retryAfterSeconds", retryAfter.toSeconds()),
        retryAfter);
  }
}
