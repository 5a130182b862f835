package org.handmademarket.identity.totp;

import java.util.Map;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/** The one answer to a wrong, used or malformed code, whichever it was. */
final class InvalidCode {

  private InvalidCode() {}

  static MarketplaceException exception() {
    return new MarketplaceException(
        ProblemType.INVALID_CODE,
        "The code is wrong or was used already. Enter the current code of your authenticator app,"
            + " or one of your recovery codes.",
        Map.of());
  }
}
