package org.handmademarket.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import org.handmademarket.identity.totp.Base32;
import org.handmademarket.identity.totp.Totp;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;

/**
 * An authenticator app for tests: signs staff in through the second step, making codes from the
 * secret the API hands out at enrolment, as a phone would.
 */
public final class Authenticators {

  private Authenticators() {}

  /** A staff account after its first sign-in, which set up its authenticator. */
  public record Enrolled(String secret, String token, List<String> recoveryCodes) {}

  /**
   * The first sign-in of a staff account without a second factor: password, then enrolment with the
   * secret handed out, confirmed with its current code.
   */
  public static Enrolled enrolAtSignIn(ApiClient app, String email, String password) {
    String challenge = challenge(login(app, email, password));
    Reply enrolment =
        app.postJson("api/auth/login/totp/enrolment", "{\"challenge\": \"" + challenge + "\"}");
    assertEquals(200, enrolment.status(), enrolment.body());
    String secret = enrolment.json().getString("secret");
    Reply signedIn = secondStep(app, challenge, code(secret, 0));
    assertEquals(200, signedIn.status(), signedIn.body());
    return new Enrolled(
        secret,
        signedIn.json().getString("token"),
        signedIn.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
  }

  /**
   * Signs an enrolled account in with the code of the next time step: the code of the current step
   * may have been used up by the sign-in before, and the next one is accepted as well.
   */
  public static String signIn(ApiClient app, String email, String password, String secret) {
    Reply signedIn = secondStep(app, challenge(login(app, email, password)), code(secret, 1));
    assertEquals(200, signedIn.status(), signedIn.body());
    return signedIn.json().getString("token");
  }

  public static Reply login(ApiClient app, String email, String password) {
    return app.postJson(
        "api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
  }

  public static Reply secondStep(ApiClient app, String challenge, String code) {
    return app.postJson(
        "api/auth/login/totp",
        "{\"challenge\": \"" + challenge + "\", \"code\": \"" + code + "\"}");
  }

  /** The challenge of a first step that asked for a code. */
  public static String challenge(Reply login) {
    assertEquals(401, login.status(), login.body());
    JsonObject problem = login.json();
    assertEquals("/problems/second-factor-required", problem.getString("type"), login.body());
    return problem.getString("challenge");
  }

  /** The code of the time step {@code stepsAhead} after the current one. */
  public static String code(String secret, int stepsAhead) {
    return Totp.code(Base32.decode(secret), Totp.stepAt(Instant.now()) + stepsAhead);
  }
}
