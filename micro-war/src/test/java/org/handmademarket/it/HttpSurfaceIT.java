package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.localstack.Directories;
import org.handmademarket.localstack.LoopbackPorts;
import org.handmademarket.localstack.PayaraMicro;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP surface as a browser meets it: security headers per surface (storefront, API, console),
 * session cookies, and the public status answer. Arquillian's instance has the local default public
 * origin (plain HTTP); a second Payara Micro with the same WAR is configured as a site behind a TLS
 * proxy ({@code notifications.link.base-url=https://...}) while itself still speaking plain HTTP,
 * exactly what an instance behind nginx with TLS sees.
 */
@ExtendWith(ArquillianExtension.class)
class HttpSurfaceIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String PUBLIC_HTTPS = "https://shop.example.test";
  private static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; sandbox";

  private static PayaraMicro behindTls;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient plain;
  private ApiClient tls;

  @BeforeAll
  static void startAnInstanceBehindTls() throws Exception {
    Path work =
        Path.of(System.getProperty("project.build.directory", "target"), "http-surface-tls");
    Directories.deleteRecursively(work);
    Map<String, String> config = new HashMap<>(IntegrationServices.current().applicationConfig());
    config.put("notifications.link.base-url", PUBLIC_HTTPS);
    config.put("auth.trust-forwarded-for", "true");
    behindTls =
        new PayaraMicro(
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("marketplace.war", "target/marketplace.war")),
            LoopbackPorts.free(),
            work,
            config);
    behindTls.start();
    ApiClient client = ApiClient.onLoopback(URI.create(behindTls.baseUrl() + "/"));
    Eventually.await(
        "the API behind TLS",
        Duration.ofMinutes(2),
        () -> client.get("api/categories").status(),
        status -> status == 200);
  }

  @AfterAll
  static void stop() {
    if (behindTls != null) {
      behindTls.stop();
    }
  }

  @BeforeEach
  void clients() throws Exception {
    String address = "198.51.100." + (1 + (int) (Math.random() * 250));
    plain = ApiClient.onLoopback(applicationUrl.toURI()).withHeader("X-Forwarded-For", address);
    tls =
        ApiClient.onLoopback(URI.create(behindTls.baseUrl() + "/"))
            .withHeader("X-Forwarded-For", address);
  }

  @Test
  void theApiAnswersWithAPolicyThatRunsNothingAndCannotBeFramed() {
    for (Reply reply :
        List.of(
            plain.get("api/categories"),
            plain.get("api/images/999999999/full.jpg"),
            plain.get("api/no-such-endpoint"),
            plain.request("POST", "api/auth/login").body("text/plain", "x").send())) {
      assertEquals(
          List.of(API_POLICY), reply.headers().get("content-security-policy"), reply.body());
      assertCommonHeaders(reply, "no-referrer");
      assertFalse(reply.headers().containsKey("strict-transport-security"), "no HSTS over HTTP");
    }
  }

  @Test
  void storefrontPagesAllowTheSiteAndStripeOnly() {
    for (Reply reply : List.of(plain.get(""), plain.get("products/12"), plain.get("favicon.svg"))) {
      String policy = reply.header("Content-Security-Policy").orElseThrow();
      assertTrue(
          policy.startsWith("default-src 'self'; script-src 'self' https://js.stripe.com;"),
          policy);
      assertTrue(
          policy.contains("frame-src https://js.stripe.com https://hooks.stripe.com;"), policy);
      assertTrue(policy.contains("object-src 'none'"), policy);
      assertTrue(policy.endsWith("frame-ancestors 'none'"), policy);
      assertFalse(policy.contains("unsafe"), policy);
      assertCommonHeaders(reply, "strict-origin-when-cross-origin");
    }
  }

  @Test
  void consolePagesCarryTheFramingPolicyAndPrimeFacesNoncePolicy() {
    Reply page = plain.get("console/signin.xhtml");
    assertEquals(200, page.status(), page.body());
    List<String> policies = page.headers().get("content-security-policy");
    assertTrue(
        policies.contains(
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
        policies.toString());
    String faces =
        policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
    assertTrue(faces.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), faces);
    String nonce = faces.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertTrue(
        page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
    assertFalse(page.body().contains(" onclick=\""), "no inline event handlers left");
    assertCommonHeaders(page, "same-origin");
  }

  @Test
  void behindTlsEveryAnswerPinsHttpsAndTheStorefrontConnectsToItsOwnSecureOrigin() {
    for (Reply reply :
        List.of(tls.get(""), tls.get("api/categories"), tls.get("console/signin.xhtml"))) {
      assertEquals(
          "max-age=31536000; includeSubDomains",
          reply.header("Strict-Transport-Security").orElse("none"));
    }
    assertTrue(
        tls.get("")
            .header("Content-Security-Policy")
            .orElseThrow()
            .contains("connect-src 'self' wss://shop.example.test "));
  }

  @Test
  void overPlainHttpTheSessionCookieIsTheLocalOne() {
    Reply registered = register(plain);
    String cookie = registered.setCookie("hm_session").orElseThrow();
    assertFalse(attributes(cookie).contains("secure"), cookie);
    assertTrue(registered.setCookie("__Host-hm_session").isEmpty());
  }

  @Test
  void behindTlsTheSessionCookieIsSecureHostOnlyAndTheOnlyOneRead() {
    Reply registered = register(tls);
    assertEquals(201, registered.status(), registered.body());
    String cookie = registered.setCookie("__Host-hm_session").orElseThrow();
    Set<String> attributes = attributes(cookie);
    assertTrue(attributes.containsAll(Set.of("secure", "path=/", "httponly")), cookie);
    assertTrue(attributes.stream().noneMatch(a -> a.startsWith("domain=")), cookie);
    assertTrue(registered.setCookie("hm_session").isEmpty(), "no cookie without the prefix");
    String token = registered.cookieValue("__Host-hm_session").orElseThrow();

    assertEquals(
        200, tls.request("GET", "api/me").cookie("__Host-hm_session", token).send().status());
    // A cookie without the prefix may have been planted by a sibling domain or over plain HTTP.
    assertEquals(401, tls.request("GET", "api/me").cookie("hm_session", token).send().status());

    Reply signedOut =
        tls.request("POST", "api/auth/logout")
            .cookie("__Host-hm_session", token)
            .header("X-Requested-With", "XMLHttpRequest")
            .send();
    assertEquals(204, signedOut.status(), signedOut.body());
    String cleared = signedOut.setCookie("__Host-hm_session").orElseThrow();
    assertTrue(attributes(cleared).containsAll(Set.of("max-age=0", "secure")), cleared);
  }

  @Test
  void behindTlsTheConsolesHttpSessionCookieIsSecureAndHostOnly() {
    Reply page = tls.get("console/signin.xhtml");
    assertEquals(200, page.status(), page.body());
    String cookie =
        page.setCookie("__Host-JSESSIONID")
            .orElseThrow(() -> new AssertionError(page.headers().toString()));
    Set<String> attributes = attributes(cookie);
    assertTrue(attributes.containsAll(Set.of("secure", "path=/")), cookie);
    assertTrue(attributes.stream().noneMatch(a -> a.startsWith("domain=")), cookie);
  }

  /**
   * Compression is set by the pre-boot commands: a setting changed after boot restarts the
   * listener, which once left an instance up but closed to HTTP.
   */
  @Test
  void textAnswersAreCompressedForClientsThatAcceptIt() {
    for (ApiClient client : List.of(plain, tls)) {
      Reply compressed =
          client.request("GET", "api/categories").header("Accept-Encoding", "gzip").send();
      assertEquals(200, compressed.status());
      assertEquals(List.of("gzip"), compressed.headers().get("content-encoding"));
      Reply identity = client.get("api/categories");
      assertEquals(200, identity.status());
      assertFalse(
          identity.headers().containsKey("content-encoding"), identity.headers().toString());
      assertTrue(identity.body().length() > 1024, "large enough to be compressed");
    }
  }

  @Test
  void thePublicStatusSaysUpAndNothingElse() {
    Reply status = plain.get("api/status");
    assertEquals(200, status.status(), status.body());
    assertEquals("{\"status\":\"UP\"}", status.body().replace(" ", ""));
    assertEquals("no-store", status.header("Cache-Control").orElseThrow());
  }

  private static Reply register(ApiClient client) {
    String email = "surface-" + UUID.randomUUID() + "@example.com";
    return client
        .request("POST", "api/auth/register")
        .json(
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Surface\", \"password\": \""
                + PASSWORD
                + "\"}")
        .send();
  }

  /** A Set-Cookie header's attributes after the value, trimmed and in lower case. */
  private static Set<String> attributes(String setCookie) {
    return Arrays.stream(setCookie.split(";"))
        .skip(1)
        .map(attribute -> attribute.strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  private static void assertCommonHeaders(Reply reply, String referrerPolicy) {
    assertEquals(
        "DENY", reply.header("X-Frame-Options").orElse("none"), reply.headers().toString());
    assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse("none"));
    assertEquals(referrerPolicy, reply.header("Referrer-Policy").orElse("none"));
  }
}
