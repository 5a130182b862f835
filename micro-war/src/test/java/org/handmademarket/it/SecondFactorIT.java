package org.handmademarket.it;

import static org.handmademarket.it.support.Authenticators.challenge;
import static org.handmademarket.it.support.Authenticators.code;
import static org.handmademarket.it.support.Authenticators.login;
import static org.handmademarket.it.support.Authenticators.secondStep;
import static org.handmademarket.it.support.TestAccounts.scalar;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.handmademarket.it.support.Authenticators;
import org.handmademarket.it.support.Authenticators.Enrolled;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second factor (TOTP and recovery codes) through the API: required for staff, optional for
 * everybody else, each code once, wrong codes throttled. Every test has accounts and a client
 * address of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

  private static final String COOKIE = "hm_session";
  private static final String PASSWORD = "two factors are better";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;

  @BeforeEach
  void client() throws Exception {
    String address =
        "2001:db8:2fa::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff));
    app =
        ApiClient.onLoopback(applicationUrl.toURI())
            .withHeader("X-Forwarded-For", "203.0.113.9, " + address);
  }

  @Test
  void staffWithoutAnAuthenticatorGetNoSessionUntilTheySetOneUp() throws Exception {
    String email = staff("SUPPORT");

    Reply first = login(app, email, PASSWORD);
    JsonObject problem = first.json();
    assertAll(
        () -> assertEquals(401, first.status(), first.body()),
        () -> assertEquals("/problems/second-factor-required", problem.getString("type")),
        () -> assertTrue(problem.getBoolean("totpRequired")),
        () -> assertTrue(problem.getBoolean("enrolmentRequired")),
        () -> assertTrue(first.setCookie(COOKIE).isEmpty(), "no session after the password"));
    String challenge = problem.getString("challenge");
    assertEquals(
        401,
        app.request("GET", "api/me").bearer(challenge).send().status(),
        "a challenge is no session token");

    Reply enrolment =
        app.postJson("api/auth/login/totp/enrolment", "{\"challenge\": \"" + challenge + "\"}");
    assertEquals(200, enrolment.status(), enrolment.body());
    String secret = enrolment.json().getString("secret");
    assertTrue(secret.matches("[A-Z2-7]{32}"), "160 bits in base32: " + secret);
    assertEquals(
        "otpauth://totp/Handmade%20Market:"
            + email.replace("@", "%40")
            + "?secret="
            + secret
            + "&issuer=Handmade%20Market&algorithm=SHA1&digits=6&period=30",
        enrolment.json().getString("otpauthUri"));
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM totp_credentials WHERE secret IS NOT NULL AND user_id = ?",
            userId(email)),
        "not in force before its first code");
    assertTrue(
        scalar("SELECT pending_secret FROM totp_credentials WHERE user_id = ?", userId(email))
                    .length()
                > 40
            && !scalar(
                    "SELECT pending_secret FROM totp_credentials WHERE user_id = ?", userId(email))
                .contains(secret),
        "stored encrypted");

    assertProblem(secondStep(app, challenge, wrongCode(secret)), 401, "/problems/invalid-code");
    Reply signedIn = secondStep(app, challenge, code(secret, 0));
    assertEquals(200, signedIn.status(), signedIn.body());
    List<String> recoveryCodes =
        signedIn
            .json()
            .getJsonArray("recoveryCodes")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertEquals(10, recoveryCodes.size());
    String token = signedIn.json().getString("token");
    assertEquals(token, signedIn.cookieValue(COOKIE).orElseThrow());
    JsonObject status = app.request("GET", "api/me/totp").bearer(token).send().json();
    assertTrue(status.getBoolean("enrolled"));
    assertTrue(status.getBoolean("required"));
    assertEquals(10, status.getInt("recoveryCodesLeft"));
    assertProblem(secondStep(app, challenge, code(secret, 1)), 401, "/problems/challenge-expired");
  }

  @Test
  void anEnrolledStaffMemberSignsInWithACodeThatWorksOnce() throws Exception {
    String email = staff("ADMIN");
    Enrolled enrolled = Authenticators.enrolAtSignIn(app, email, PASSWORD);

    Reply again = login(app, email, PASSWORD);
    assertFalse(challengeBody(again).getBoolean("enrolmentRequired"));
    String next = code(enrolled.secret(), 1);
    Reply signedIn = secondStep(app, challenge(again), next);
    assertEquals(200, signedIn.status(), signedIn.body());
    assertEquals(List.of(), List.copyOf(signedIn.json().getJsonArray("recoveryCodes")));
    assertEquals(
        200,
        app.request("GET", "api/me").bearer(signedIn.json().getString("token")).send().status());

    Reply replay = secondStep(app, challenge(login(app, email, PASSWORD)), next);
    assertProblem(replay, 401, "/problems/invalid-code");
    assertProblem(
        secondStep(app, challenge(login(app, email, PASSWORD)), code(enrolled.secret(), 0)),
        401,
        "/problems/invalid-code");
  }

  @Test
  void aRecoveryCodeSignsInOnce() throws Exception {
    String email = staff("SUPPORT");
    Enrolled enrolled = Authenticators.enrolAtSignIn(app, email, PASSWORD);
    String recovery = enrolled.recoveryCodes().get(3);

    Reply signedIn =
        secondStep(app, challenge(login(app, email, PASSWORD)), recovery.toUpperCase());
    assertEquals(200, signedIn.status(), signedIn.body());
    assertProblem(
        secondStep(app, challenge(login(app, email, PASSWORD)), recovery),
        401,
        "/problems/invalid-code");
    JsonObject status =
        app.request("GET", "api/me/totp").bearer(signedIn.json().getString("token")).send().json();
    assertEquals(9, status.getInt("recoveryCodesLeft"));
  }

  @Test
  void wrongCodesAreThrottledAndTheRightPasswordDoesNotResetTheCount() throws Exception {
    String email = staff("SUPPORT");
    Enrolled enrolled = Authenticators.enrolAtSignIn(app, email, PASSWORD);
    String wrong = wrongCode(enrolled.secret());

    int refusedAt = -1;
    for (int attempt = 1; attempt <= 12 && refusedAt < 0; attempt++) {
      Reply login = login(app, email, PASSWORD);
      if (login.status() == 429) {
        refusedAt = attempt;
        break;
      }
      Reply step = secondStep(app, challenge(login), wrong);
      if (step.status() == 429) {
        refusedAt = attempt;
      } else {
        assertProblem(step, 401, "/problems/invalid-code");
      }
    }
    // Ten wrong codes lock the account's sign-in today (docs/security.md); whatever the numbers,
    // a correct password between the codes must not win the attacker more guesses.
    assertTrue(refusedAt > 1 && refusedAt <= 11, "refused at attempt " + refusedAt);
    Reply locked = login(app, email, PASSWORD);
    assertProblem(locked, 429, "/problems/too-many-attempts");
    assertTrue(locked.header("Retry-After").isPresent());
  }

  @Test
  void aChallengeAllowsFiveWrongCodes() throws Exception {
    String email = staff("SUPPORT");
    Enrolled enrolled = Authenticators.enrolAtSignIn(app, email, PASSWORD);
    String challenge = challenge(login(app, email, PASSWORD));
    for (int i = 0; i < 5; i++) {
      assertProblem(
          secondStep(app, challenge, wrongCode(enrolled.secret())), 401, "/problems/invalid-code");
    }
    assertProblem(
        secondStep(app, challenge, code(enrolled.secret(), 1)), 401, "/problems/challenge-expired");
  }

  @Test
  void unknownChallengesAndBadBodiesChangeNothing() {
    assertProblem(secondStep(app, "C".repeat(43), "123456"), 401, "/problems/challenge-expired");
    assertProblem(
        app.postJson("api/auth/login/totp/enrolment", "{\"challenge\": \"nope\"}"),
        401,
        "/problems/challenge-expired");
    assertEquals(400, app.postJson("api/auth/login/totp", "{\"challenge\": \"x\"}").status());
    assertEquals(400, app.postJson("api/auth/login/totp", "null").status());
  }

  @Test
  void shoppersMayAddASecondFactorAndRemoveIt() throws Exception {
    String email = shopper();
    assertEquals(200, login(app, email, PASSWORD).status(), "no second step without one");
    String token = login(app, email, PASSWORD).json().getString("token");
    JsonObject status = app.request("GET", "api/me/totp").bearer(token).send().json();
    assertFalse(status.getBoolean("enrolled"));
    assertFalse(status.getBoolean("required"));

    Reply started = app.request("POST", "api/me/totp/enrolment").bearer(token).json("{}").send();
    assertEquals(200, started.status(), started.body());
    String secret = started.json().getString("secret");
    assertEquals(200, login(app, email, PASSWORD).status(), "not in force before confirmation");
    assertProblem(confirm(token, wrongCode(secret)), 401, "/problems/invalid-code");
    Reply confirmed = confirm(token, code(secret, 0));
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals(10, confirmed.json().getJsonArray("recoveryCodes").size());

    Reply withCode = login(app, email, PASSWORD);
    assertFalse(challengeBody(withCode).getBoolean("enrolmentRequired"));
    assertEquals(200, secondStep(app, challenge(withCode), code(secret, 1)).status());

    assertProblem(
        app.request("POST", "api/me/totp/enrolment").bearer(token).json("{}").send(),
        401,
        "/problems/invalid-credentials");
    assertProblem(
        disable(token, "{\"password\": \"not the password\"}"),
        401,
        "/problems/invalid-credentials");
    assertEquals(401, login(app, email, PASSWORD).status(), "still on after a failed disable");
    assertEquals(204, disable(token, "{\"password\": \"" + PASSWORD + "\"}").status());
    assertEquals(200, login(app, email, PASSWORD).status(), "off again");
  }

  @Test
  void staffCannotSwitchTheirSecondFactorOff() throws Exception {
    String email = staff("ADMIN");
    Enrolled enrolled = Authenticators.enrolAtSignIn(app, email, PASSWORD);

    assertProblem(
        disable(enrolled.token(), "{\"password\": \"" + PASSWORD + "\"}"),
        403,
        "/problems/forbidden");
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM totp_credentials WHERE secret IS NOT NULL AND user_id = ?",
            userId(email)));
  }

  private Reply confirm(String token, String code) {
    return app.request("POST", "api/me/totp/enrolment/confirm")
        .bearer(token)
        .json("{\"code\": \"" + code + "\"}")
        .send();
  }

  private Reply disable(String token, String body) {
    return app.request("POST", "api/me/totp/disable").bearer(token).json(body).send();
  }

  private static JsonObject challengeBody(Reply login) {
    challenge(login);
    return login.json();
  }

  /** A six-digit code that none of the steps the server accepts now makes. */
  private static String wrongCode(String secret) {
    List<String> valid =
        List.of(code(secret, -1), code(secret, 0), code(secret, 1), code(secret, 2));
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (!valid.contains(code)) {
        return code;
      }
    }
  }

  private String shopper() {
    String email = "totp-" + UUID.randomUUID() + "@example.org";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Tess\", \"password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(201, registered.status(), registered.body());
    return email;
  }

  private String staff(String role) throws SQLException {
    String email = shopper();
    scalar(
        "INSERT INTO user_roles (user_id, role) SELECT id, ? FROM users WHERE email = ? RETURNING role",
        role,
        email);
    return email;
  }

  private static long userId(String email) throws SQLException {
    return Long.parseLong(scalar("SELECT id FROM users WHERE email = ?", email));
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.body());
    assertEquals(type, reply.json().getString("type"), reply.body());
  }
}
