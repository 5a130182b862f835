package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.handmademarket.it.support.Authenticators;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.EmbeddedRedis;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.Jedis;

/**
 * Accounts, sign-in sessions, throttling and CSRF protection, seen from outside as the storefront
 * and API clients see them. Every test works on accounts of its own.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final String COOKIE = "hm_session";
  private static final String PASSWORD = "knit one purl two";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private ApiClient server;

  /**
   * Each test signs in from a network of its own, an IPv6 /64 (arquillian.xml trusts the loopback
   * client as a proxy, so its X-Forwarded-For counts).
   */
  @BeforeEach
  void clients() throws Exception {
    app = fromNewNetwork();
    server = ApiClient.onLoopback(applicationUrl.toURI().resolve("/"));
  }

  /** A client on a network no other test uses. */
  private ApiClient fromNewNetwork() throws Exception {
    return fromAddress(newSlash64() + "::1");
  }

  /** What the client claims before the proxy's entry is ignored. */
  private ApiClient fromAddress(String address) throws Exception {
    return ApiClient.onLoopback(applicationUrl.toURI())
        .withHeader("X-Forwarded-For", "203.0.113.9, " + address);
  }

  private static String newSlash64() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return String.format("2001:db8:%x:%x", random.nextInt(1, 0xffff), random.nextInt(1, 0xffff));
  }

  @Test
  void registeringSignsInANewShopper() {
    String email = newEmail();

    Reply registered = register("  " + email.toUpperCase() + " ", "Ana Maker", PASSWORD);

    assertEquals(201, registered.status(), registered.body());
    assertTrue(registered.header("Location").orElseThrow().endsWith("/api/me"));
    JsonObject user = registered.json().getJsonObject("user");
    assertEquals(email, user.getString("email"), "stored trimmed and in lower case");
    assertEquals("Ana Maker", user.getString("displayName"));
    assertEquals(List.of("SHOPPER"), roles(user));
    assertFalse(user.containsKey("shopSlug"), "no shop yet");
    String token = registered.json().getString("token");
    assertEquals(43, token.length());
    OffsetDateTime expiresAt = OffsetDateTime.parse(registered.json().getString("expiresAt"));
    assertTrue(expiresAt.isAfter(OffsetDateTime.now().plusDays(29)), "a 30-day session");
    assertEquals(token, registered.cookieValue(COOKIE).orElseThrow());

    Reply me = app.request("GET", "api/me").cookie(COOKIE, token).send();
    assertEquals(200, me.status(), me.body());
    assertEquals(user.getJsonNumber("id").longValue(), me.json().getJsonNumber("id").longValue());
    assertEquals(email, me.json().getString("email"));
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSiteWide() {
    Reply registered = register(newEmail(), "Ana", PASSWORD);

    String cookie = registered.setCookie(COOKIE).orElseThrow().toLowerCase();
    assertAll(
        () -> assertTrue(cookie.contains("httponly"), cookie),
        () -> assertTrue(cookie.contains("samesite=lax"), cookie),
        () -> assertTrue(cookie.contains("path=/"), cookie),
        () -> assertTrue(cookie.contains("max-age=259"), "about 30 days: " + cookie),
        () -> assertFalse(cookie.contains("secure"), "plain HTTP here, so not Secure: " + cookie));
  }

  @Test
  void signingInGivesATokenForApiClientsAndACookieForBrowsers() {
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));

    Reply login = login(" " + email.toUpperCase(), PASSWORD);

    assertEquals(200, login.status(), login.body());
    assertEquals(id, login.json().getJsonObject("user").getJsonNumber("id").longValue());
    String token = login.json().getString("token");
    OffsetDateTime expiresAt = OffsetDateTime.parse(login.json().getString("expiresAt"));
    assertTrue(expiresAt.isAfter(OffsetDateTime.now()));
    assertEquals(token, login.cookieValue(COOKIE).orElseThrow());
    assertEquals(200, app.request("GET", "api/me").bearer(token).send().status());
    assertEquals(200, app.request("GET", "api/me").cookie(COOKIE, token).send().status());
  }

  @Test
  void anonymousCallersOfMeGetA401Problem() {
    assertProblem(app.get("api/me"), 401, "/problems/unauthenticated");
    assertProblem(me("not-a-token"), 401, "/problems/unauthenticated");
    assertProblem(meWithCookie("A".repeat(43)), 401, "/problems/unauthenticated");
  }

  @Test
  void publicEndpointsIgnoreAnUnknownToken() {
    Reply categories = app.request("GET", "api/categories").bearer("B".repeat(43)).send();

    assertEquals(200, categories.status(), categories.body());
  }

  @Test
  void anEmailCanBeRegisteredOnlyOnce() {
    String email = newEmail();
    assertEquals(201, register(email, "Ana", PASSWORD).status());

    Reply again = register(" " + email.toUpperCase(), "Another Ana", PASSWORD);

    assertProblem(again, 409, "/problems/email-taken");
    assertEquals("email", again.json().getString("field"));
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);

    Reply wrongPassword = login(email, "not the password");
    Reply unknownEmail = login(newEmail(), "not the password");

    assertProblem(wrongPassword, 401, "/problems/invalid-credentials");
    assertProblem(unknownEmail, 401, "/problems/invalid-credentials");
    assertEquals(withoutInstance(wrongPassword), withoutInstance(unknownEmail));
    assertTrue(wrongPassword.setCookie(COOKIE).isEmpty(), "no session for a failed sign-in");
  }

  @Test
  void signingOutRevokesThatSessionOnly() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    String browser = login(email, PASSWORD).json().getString("token");
    String apiClient = login(email, PASSWORD).json().getString("token");

    Reply logout = logoutWithCookie(browser, true);

    assertEquals(204, logout.status(), logout.body());
    String cleared = logout.setCookie(COOKIE).orElseThrow().toLowerCase();
    assertTrue(cleared.contains("max-age=0"), cleared);
    assertEquals("", logout.cookieValue(COOKIE).orElseThrow());
    assertProblem(meWithCookie(browser), 401, "/problems/unauthenticated");
    assertProblem(me(browser), 401, "/problems/unauthenticated");
    assertEquals(200, me(apiClient).status());
  }

  @Test
  void apiClientsSignOutWithTheirBearerToken() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    String token = login(email, PASSWORD).json().getString("token");

    assertEquals(204, logoutWithBearer(token).status());

    assertProblem(me(token), 401, "/problems/unauthenticated");
    assertEquals(204, logoutWithBearer(token).status(), "idempotent");
  }

  @Test
  void cookieRequestsThatChangeStateNeedTheCsrfHeader() {
    String token = register(newEmail(), "Ana", PASSWORD).json().getString("token");

    Reply forged = logoutWithCookie(token, false);

    assertProblem(forged, 403, "/problems/csrf-header-missing");
    assertEquals(200, meWithCookie(token).status(), "not signed out, and reading needs no header");
    Reply genuine = logoutWithCookie(token, true);
    assertEquals(204, genuine.status(), genuine.body());
  }

  @Test
  void bearerRequestsNeedNoCsrfHeader() {
    String token = register(newEmail(), "Ana", PASSWORD).json().getString("token");

    assertEquals(204, logoutWithBearer(token).status());
  }

  @Test
  void everyRegistrationRuleNamesItsField() {
    String ok = newEmail();
    assertAll(
        rule("{\"displayName\":\"Ana\",\"password\":\"" + PASSWORD + "\"}", "email"),
        rule(registration("ana.example.org", "Ana", PASSWORD), "email"),
        rule(registration("ana@example", "Ana", PASSWORD), "email"),
        rule(registration("a b@example.org", "Ana", PASSWORD), "email"),
        rule(registration("a".repeat(250) + "@example.org", "Ana", PASSWORD), "email"),
        rule(registration(ok, "", PASSWORD), "displayName"),
        rule(registration(ok, "   ", PASSWORD), "displayName"),
        rule(registration(ok, "A".repeat(81), PASSWORD), "displayName"),
        rule("{\"email\":\"" + ok + "\",\"displayName\":\"Ana\"}", "password"),
        rule(registration(ok, "Ana", "123456789"), "password"),
        rule(registration(ok, "Ana", "x".repeat(129)), "password"),
        rule(registration(ok, "Ana", " ".repeat(12)), "password"));
    assertEquals(401, login(ok, PASSWORD).status(), "nothing was registered");
  }

  @Test
  void everySignInRuleNamesItsField() {
    assertAll(
        () -> assertFields(app.postJson("api/auth/login", "{\"password\":\"x\"}"), "email"),
        () -> assertFields(app.postJson("api/auth/login", "{\"email\":\"a@b.org\"}"), "password"),
        () -> assertFields(login("a@example.org", "x".repeat(129)), "password"),
        () -> assertFields(app.postJson("api/auth/login", "{}"), "email", "password"));
  }

  @Test
  void malformedBodiesAre400Problems() {
    String malformed = "/problems/malformed-request";
    assertAll(
        () -> assertProblem(app.postJson("api/auth/register", "{\"email\": "), 400, malformed),
        () -> assertProblem(app.postJson("api/auth/login", "[1, 2"), 400, malformed),
        () -> assertProblem(app.postJson("api/auth/login", "null"), 400, malformed),
        () ->
            assertFields(
                app.postJson("api/auth/login", "{\"email\": 5, \"password\": []}"), "email"),
        () -> {
          Reply form =
              app.request("POST", "api/auth/login")
                  .body("application/x-www-form-urlencoded", "email=a&password=b")
                  .send();
          assertEquals(415, form.status(), "forms cannot sign in: JSON only");
        });
  }

  @Test
  void repeatedFailuresAreSlowedThenRefusedWithRetryAfter() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    List<Long> millis = new ArrayList<>();

    for (int attempt = 1; attempt <= 10; attempt++) {
      long start = System.nanoTime();
      assertEquals(401, login(email, "wrong password " + attempt).status(), "attempt " + attempt);
      millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
    Reply refused = login(email, PASSWORD);

    System.out.println("Failed sign-ins of one account, ms each: " + millis);
    assertProblem(refused, 429, "/problems/too-many-attempts");
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After: " + retryAfter);
    assertEquals(retryAfter, refused.json().getJsonNumber("retryAfterSeconds").longValue());
    assertTrue(millis.get(9) >= 1000, "the 10th attempt was slowed down: " + millis);
    String other = newEmail();
    register(other, "Bo", PASSWORD);
    assertEquals(
        200, login(other, PASSWORD).status(), "another account from this address signs in");
  }

  @Test
  void aSuccessfulSignInClearsTheAccountsFailures() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertEquals(401, login(email, "wrong password").status());
    }
    assertEquals(200, login(email, PASSWORD).status());

    for (int attempt = 1; attempt <= 6; attempt++) {
      assertEquals(401, login(email, "wrong again").status(), "failure " + attempt + " after it");
    }

    assertEquals(200, login(email, PASSWORD).status(), "6 failures since the success: not locked");
  }

  @Test
  void sessionsAndSignInKeepWorkingWhileRedisIsDown() throws Exception {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    String before = login(email, PASSWORD).json().getString("token");
    assertEquals(200, me(before).status(), "cached in Redis now");
    EmbeddedRedis redis = IntegrationServices.current().redis();

    redis.stop();
    String during;
    try {
      assertEquals(200, me(before).status(), "first request without Redis");
      assertEquals(200, me(before).status(), "second request without Redis");
      Reply login = login(email, PASSWORD);
      assertEquals(200, login.status(), login.body());
      during = login.json().getString("token");
      assertEquals(200, me(during).status());
      assertEquals(204, logoutWithBearer(before).status());
      assertEquals(401, me(before).status(), "revoked while Redis is down");
    } finally {
      redis.start();
    }
    awaitRedisUp();

    assertEquals(401, me(before).status(), "a stale cached copy must not bring it back");
    assertEquals(200, me(during).status());
  }

  @Test
  void aSuspendedAccountLosesItsSessionsAndCannotSignIn() {
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));
    String token = login(email, PASSWORD).json().getString("token");
    assertEquals(200, me(token).status());

    assertEquals(204, probePost("accounts/" + id + "/suspension").status());

    assertProblem(me(token), 401, "/problems/unauthenticated");
    assertProblem(login(email, PASSWORD), 401, "/problems/invalid-credentials");
  }

  @Test
  void rolesReachTheContainerEjbsAndServices() {
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));
    String token = login(email, PASSWORD).json().getString("token");

    JsonObject seen =
        app.request("GET", "api/test-probe/identity/caller").bearer(token).send().json();
    assertAll(
        () -> assertEquals(String.valueOf(id), seen.getString("currentUserId")),
        () -> assertTrue(seen.getBoolean("currentUserIsShopper")),
        () -> assertEquals(String.valueOf(id), seen.getString("jaxrsPrincipal")),
        () -> assertTrue(seen.getBoolean("jaxrsIsShopper"), "group SHOPPER maps to role SHOPPER"),
        () ->
            assertEquals(String.valueOf(id), seen.getString("ejbCaller"), "an EJB sees the caller"),
        () -> assertTrue(seen.getBoolean("ejbIsShopper")),
        () -> assertFalse(seen.getBoolean("ejbIsAdmin")));

    assertProblem(probe("admin", token), 403, "/problems/forbidden");
    assertProblem(probe("admin-ejb", token), 403, "/problems/forbidden");
    assertProblem(probe("seller", token), 403, "/problems/forbidden");
    assertProblem(app.get("api/test-probe/identity/admin-ejb"), 401, "/problems/unauthenticated");
    assertProblem(app.get("api/test-probe/identity/seller"), 401, "/problems/unauthenticated");

    assertEquals(204, probePost("accounts/" + id + "/roles/SELLER").status());
    assertEquals(String.valueOf(id), probe("seller", token).json().getString("caller"));
    assertEquals(List.of("SHOPPER", "SELLER"), roles(me(token).json()), "the same session");

    assertEquals(204, probePost("accounts/" + id + "/roles/ADMIN").status());
    assertProblem(me(token), 401, "/problems/unauthenticated");
    // Staff sign in with a second factor: the first sign-in sets up the authenticator.
    String staffToken = Authenticators.enrolAtSignIn(app, email, PASSWORD).token();
    assertEquals(200, probe("admin", staffToken).status(), "the new session has the new role");
    assertEquals(String.valueOf(id), probe("admin-ejb", staffToken).json().getString("caller"));
    assertEquals(String.valueOf(id), probe("seller", staffToken).json().getString("caller"));
    assertEquals(List.of("SHOPPER", "SELLER", "ADMIN"), roles(me(staffToken).json()));
  }

  @Test
  void aStaffRoleEndsTheSessionsOpenedWithoutIt() {
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));
    String shopperSession = login(email, PASSWORD).json().getString("token");
    OffsetDateTime shopperEnd =
        OffsetDateTime.parse(login(email, PASSWORD).json().getString("expiresAt"));

    assertEquals(204, probePost("accounts/" + id + "/roles/SUPPORT").status());

    assertProblem(me(shopperSession), 401, "/problems/unauthenticated");
    Authenticators.Enrolled authenticator = Authenticators.enrolAtSignIn(app, email, PASSWORD);
    Reply staff =
        Authenticators.secondStep(
            app,
            Authenticators.challenge(login(email, PASSWORD)),
            Authenticators.code(authenticator.secret(), 1));
    OffsetDateTime staffEnd = OffsetDateTime.parse(staff.json().getString("expiresAt"));
    assertTrue(shopperEnd.isAfter(OffsetDateTime.now().plusDays(29)), "shoppers: 30 days");
    assertTrue(
        staffEnd.isBefore(OffsetDateTime.now().plusHours(12).plusMinutes(1))
            && staffEnd.isAfter(OffsetDateTime.now().plusHours(11)),
        "staff sessions end after 12 hours: " + staffEnd);
  }

  @Test
  void aStaffSessionEndsAfterHalfAnHourUnused() throws Exception {
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));
    assertEquals(204, probePost("accounts/" + id + "/roles/SUPPORT").status());
    Authenticators.Enrolled authenticator = Authenticators.enrolAtSignIn(app, email, PASSWORD);
    String token = authenticator.token();
    String busy = Authenticators.signIn(app, email, PASSWORD, authenticator.secret());
    assertEquals(200, me(token).status());

    // Both last used 29 and 31 minutes ago; neither is in the cache any more.
    idleFor(busy, Duration.ofMinutes(29));
    idleFor(token, Duration.ofMinutes(31));

    assertProblem(me(token), 401, "/problems/unauthenticated");
    assertEquals(200, me(busy).status(), "within its idle timeout");
    assertTrue(
        lastSeenAt(busy).isAfter(OffsetDateTime.now().minusMinutes(1)),
        "using it moved its idle deadline on");
  }

  @Test
  void parallelWrongGuessesNeverOutrunTheLimit() throws Exception {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    ExecutorService guessers = Executors.newFixedThreadPool(40);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int guess = 0; guess < 40; guess++) {
        String password = "wrong guess " + guess;
        answers.add(guessers.submit(() -> login(email, password).status()));
      }
      Map<Integer, Long> statuses = new java.util.TreeMap<>();
      for (Future<Integer> answer : answers) {
        statuses.merge(answer.get(2, TimeUnit.MINUTES), 1L, Long::sum);
      }

      System.out.println("40 parallel wrong passwords from one network: " + statuses);
      assertEquals(Set.of(401, 429), statuses.keySet(), "checked (401) or refused unchecked (429)");
      assertTrue(statuses.get(401) <= 10, "at most the limit of 10 were checked: " + statuses);
    } finally {
      guessers.shutdownNow();
    }
  }

  @Test
  void theOwnerSignsInFromElsewhereWhileAGuessersNetworkIsLockedOut() throws Exception {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    String network = newSlash64();
    ApiClient guesser = fromAddress(network + "::1");
    for (int attempt = 1; attempt <= 10; attempt++) {
      Reply guess = guesser.postJson("api/auth/login", credentials(email, "wrong " + attempt));
      assertEquals(401, guess.status());
    }
    assertProblem(
        guesser.postJson("api/auth/login", credentials(email, PASSWORD)),
        429,
        "/problems/too-many-attempts");
    ApiClient sameSlash64 = fromAddress(network + ":ffff:1:2:beef");
    assertEquals(
        429,
        sameSlash64.postJson("api/auth/login", credentials(email, PASSWORD)).status(),
        "another address of the same /64 is the same client");

    Reply owner = fromNewNetwork().postJson("api/auth/login", credentials(email, PASSWORD));

    assertEquals(200, owner.status(), "the owner is not locked out: " + owner.body());
  }

  @Test
  void registrationsPerNetworkAreLimitedBeforeAnyKeyIsDerived() throws Exception {
    ApiClient network = fromNewNetwork();
    // arquillian.xml allows 200 an hour; refused ones count as well, and cost no key derivation.
    for (int attempt = 1; attempt <= 200; attempt++) {
      Reply common =
          network.postJson("api/auth/register", registration(newEmail(), "Ana", "1q2w3e4r5t"));
      assertEquals(400, common.status(), "attempt " + attempt + ": " + common.body());
    }

    Reply refused =
        network.postJson("api/auth/register", registration(newEmail(), "Ana", PASSWORD));

    assertProblem(refused, 429, "/problems/too-many-attempts");
    assertEquals("3600", refused.header("Retry-After").orElseThrow());
    assertEquals(201, register(newEmail(), "Bo", PASSWORD).status(), "another network registers");
  }

  @Test
  void commonPasswordsAreRefusedAtRegistration() {
    Reply refused = register(newEmail(), "Ana", "Qwertyuiop");

    assertFields(refused, "password");
    assertTrue(refused.body().contains("most common passwords"), refused.body());
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
    String email = newEmail();
    String newPassword = "purl two knit one";
    long id = userId(register(email, "Ana", PASSWORD));
    String here = login(email, PASSWORD).json().getString("token");
    String elsewhere = login(email, PASSWORD).json().getString("token");

    Reply wrong = changePassword(here, "not the password", newPassword);
    Reply common = changePassword(here, PASSWORD, "1q2w3e4r5t");
    Reply anonymous = app.postJson("api/me/password", passwordChange(PASSWORD, newPassword));
    assertFields(wrong, "currentPassword");
    assertFields(common, "newPassword");
    assertProblem(anonymous, 401, "/problems/unauthenticated");
    assertEquals(200, me(elsewhere).status(), "refused changes change nothing");

    assertEquals(204, changePassword(here, PASSWORD, newPassword).status());

    assertEquals(200, me(here).status(), "the session that changed it stays");
    assertProblem(me(elsewhere), 401, "/problems/unauthenticated");
    assertProblem(login(email, PASSWORD), 401, "/problems/invalid-credentials");
    assertEquals(200, login(email, newPassword).status());
    assertEquals(1, mailsOf(id, "PASSWORD_CHANGED"), "the owner is told by mail");
  }

  @Test
  void signingOutEverywhereEndsEverySessionOfTheAccount() {
    String email = newEmail();
    String first = register(email, "Ana", PASSWORD).json().getString("token");
    String second = login(email, PASSWORD).json().getString("token");
    String other = register(newEmail(), "Bo", PASSWORD).json().getString("token");

    Reply withoutCsrf =
        app.request("POST", "api/auth/logout-everywhere").cookie(COOKIE, first).send();
    assertEquals(403, withoutCsrf.status(), "a cookie request needs the CSRF header");
    Reply done = app.request("POST", "api/auth/logout-everywhere").bearer(first).send();

    assertEquals(204, done.status(), done.body());
    assertProblem(me(first), 401, "/problems/unauthenticated");
    assertProblem(me(second), 401, "/problems/unauthenticated");
    assertEquals(200, me(other).status(), "other accounts keep theirs");
    assertProblem(
        app.request("POST", "api/auth/logout-everywhere").send(), 401, "/problems/unauthenticated");
  }

  @Test
  void signInsFailuresLockoutsAndStaffActionsReachTheServerLogWithoutSecrets() throws Exception {
    app.get("api/test-probe/identity/log");
    String email = newEmail();
    long id = userId(register(email, "Ana", PASSWORD));
    String token = login(email, PASSWORD).json().getString("token");
    for (int attempt = 1; attempt <= 10; attempt++) {
      login(email, "secret guess " + attempt);
    }
    login("nobody-" + UUID.randomUUID() + "@example.org", "secret guess");

    String log = app.get("api/test-probe/identity/log").json().getString("log");

    assertAll(
        () -> assertTrue(log.contains("INFO Signed in account " + id + " from 2001:db8:"), log),
        () -> assertTrue(log.contains("WARNING Failed sign-in for account " + id + " from "), log),
        () -> assertTrue(log.contains("WARNING Failed sign-in for an unknown account from "), log),
        () ->
            assertTrue(
                log.contains("WARNING Sign-in lockout: the address 2001:db8:")
                    && log.contains(" from account " + id + " until "),
                log),
        () -> assertFalse(log.contains("secret guess"), "no password is logged"),
        () -> assertFalse(log.contains(email), "no email is logged"),
        () -> assertFalse(log.contains(token), "no token is logged"));
  }

  @Test
  void meShowsTheShopOfASeller() throws Exception {
    Reply registered = register(newEmail(), "Ana", PASSWORD);
    long id = userId(registered);
    String slug = "ana-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection db =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement shop =
            db.prepareStatement("INSERT INTO shops (owner_id, name, slug) VALUES (?, ?, ?)")) {
      shop.setLong(1, id);
      shop.setString(2, "Ana's Knits");
      shop.setString(3, slug);
      shop.executeUpdate();
    }

    assertEquals(slug, me(registered.json().getString("token")).json().getString("shopSlug"));
  }

  /** The contract with tools that write accounts directly, such as the demo-data generator. */
  @Test
  void passwordHashesUseTheDocumentedFormatBothWays() throws Exception {
    String registered = newEmail();
    register(registered, "Ana", PASSWORD);
    String written = newEmail();
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] key =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 210_000, 256))
            .getEncoded();
    String hash =
        "PBKDF2WithHmacSHA512:210000:"
            + Base64.getEncoder().encodeToString(salt)
            + ":"
            + Base64.getEncoder().encodeToString(key);

    try (Connection db =
        DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "")) {
      try (PreparedStatement stored =
          db.prepareStatement("SELECT password_hash FROM users WHERE email = ?")) {
        stored.setString(1, registered);
        try (ResultSet row = stored.executeQuery()) {
          row.next();
          String base64Of32Bytes = "[A-Za-z0-9+/]{43}=";
          assertTrue(
              row.getString(1)
                  .matches(
                      "PBKDF2WithHmacSHA512:210000:" + base64Of32Bytes + ":" + base64Of32Bytes),
              "stored as documented in docs/security.md");
        }
      }
      try (PreparedStatement account =
          db.prepareStatement(
              "WITH account AS (INSERT INTO users (email, display_name, password_hash) VALUES (?, 'Bo', ?)"
                  + " RETURNING id) INSERT INTO user_roles (user_id, role) SELECT id, 'SHOPPER' FROM account")) {
        account.setString(1, written);
        account.setString(2, hash);
        account.executeUpdate();
      }
    }

    assertEquals(
        200, login(written, PASSWORD).status(), "a hash made with plain javax.crypto signs in");
  }

  @Test
  void theOpenApiDocumentDescribesTheIdentityEndpoints() {
    Reply openapi = server.get("openapi?format=JSON");

    assertEquals(200, openapi.status(), openapi.body());
    List<String> paths = List.copyOf(openapi.json().getJsonObject("paths").keySet());
    for (String path :
        List.of("/api/auth/register", "/api/auth/login", "/api/auth/logout", "/api/me")) {
      assertTrue(paths.stream().anyMatch(p -> p.endsWith(path)), () -> path + " not in " + paths);
    }
  }

  /** Prints the sign-in latency (PBKDF2 dominates it); a measurement, not an assertion. */
  @Test
  void measureSignInLatency() {
    String email = newEmail();
    register(email, "Ana", PASSWORD);
    login(email, PASSWORD);
    List<Long> millis = new ArrayList<>();

    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      assertEquals(200, login(email, PASSWORD).status());
      millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    Collections.sort(millis);
    System.out.printf(
        "Sign-in latency over %d sign-ins: p50 %d ms, p90 %d ms, min %d ms, max %d ms%n",
        millis.size(), millis.get(9), millis.get(17), millis.get(0), millis.get(19));
  }

  private Reply register(String email, String displayName, String password) {
    return app.postJson("api/auth/register", registration(email, displayName, password));
  }

  private Reply login(String email, String password) {
    return app.postJson("api/auth/login", credentials(email, password));
  }

  private Reply me(String token) {
    return app.request("GET", "api/me").bearer(token).send();
  }

  private Reply meWithCookie(String token) {
    return app.request("GET", "api/me").cookie(COOKIE, token).send();
  }

  private Reply logoutWithBearer(String token) {
    return app.request("POST", "api/auth/logout").bearer(token).send();
  }

  private Reply logoutWithCookie(String token, boolean withCsrfHeader) {
    ApiClient.Request logout = app.request("POST", "api/auth/logout").cookie(COOKIE, token);
    return withCsrfHeader
        ? logout.header("X-Requested-With", "XMLHttpRequest").send()
        : logout.send();
  }

  private Reply changePassword(String token, String current, String next) {
    return app.request("POST", "api/me/password")
        .bearer(token)
        .body("application/json", passwordChange(current, next))
        .send();
  }

  private static String passwordChange(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build()
        .toString();
  }

  /** Makes a session look unused for this long, and drops its cached copy. */
  private static void idleFor(String token, Duration idle) throws Exception {
    try (Connection db =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE sessions SET last_seen_at = now() - ? * interval '1 second'"
                    + " WHERE token_hash = ?")) {
      update.setLong(1, idle.toSeconds());
      update.setString(2, sha256(token));
      assertEquals(1, update.executeUpdate());
    }
    EmbeddedRedis redis = IntegrationServices.current().redis();
    try (Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
      jedis.auth(redis.password());
      jedis.del("marketplace:session:" + sha256(token));
    }
  }

  private static OffsetDateTime lastSeenAt(String token) throws Exception {
    try (Connection db =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement query =
            db.prepareStatement("SELECT last_seen_at FROM sessions WHERE token_hash = ?")) {
      query.setString(1, sha256(token));
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next());
        return row.getObject(1, OffsetDateTime.class);
      }
    }
  }

  private static int mailsOf(long userId, String kind) throws Exception {
    try (Connection db =
            DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
        PreparedStatement query =
            db.prepareStatement(
                "SELECT count(*) FROM mail_deliveries WHERE user_id = ? AND kind = ?")) {
      query.setLong(1, userId);
      query.setString(2, kind);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }

  private Reply probe(String path, String token) {
    return app.request("GET", "api/test-probe/identity/" + path).bearer(token).send();
  }

  private Reply probePost(String path) {
    return app.request("POST", "api/test-probe/identity/" + path).send();
  }

  private void awaitRedisUp() {
    Eventually.await(
        "Redis UP",
        Duration.ofSeconds(60),
        () -> server.get("health/ready"),
        ready -> "UP".equals(ready.checkStates().get("redis")));
  }

  private Executable rule(String body, String field) {
    return () -> assertFields(app.postJson("api/auth/register", body), field);
  }

  private static void assertFields(Reply reply, String... fields) {
    assertProblem(reply, 400, "/problems/validation");
    List<String> named =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.getString("field"))
            .distinct()
            .toList();
    assertEquals(List.of(fields), named, reply.body());
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), () -> "problem+json expected, got " + reply.contentType());
    assertEquals(type, reply.json().getString("type"), reply.body());
    assertEquals(status, reply.json().getInt("status"));
  }

  private static Map<String, Object> withoutInstance(Reply problem) {
    return problem.json().entrySet().stream()
        .filter(member -> !member.getKey().equals("instance"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static long userId(Reply signedIn) {
    return signedIn.json().getJsonObject("user").getJsonNumber("id").longValue();
  }

  private static List<String> roles(JsonObject user) {
    return user.getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static String registration(String email, String displayName, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("displayName", displayName)
        .add("password", password)
        .build()
        .toString();
  }

  private static String credentials(String email, String password) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", password)
        .build()
        .toString();
  }

  private static String newEmail() {
    return "shopper-" + UUID.randomUUID() + "@example.org";
  }
}
