package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.EmbeddedRedis;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The backends as an attacker on the network sees them: Redis answers nobody without its password
 * (the application, which works in every other test, authenticates), and whoever can write to Redis
 * still cannot make a session an admin's, because the application seals what it caches there.
 */
@ExtendWith(ArquillianExtension.class)
class BackendSecurityIT {

  /** An order id no test creates: support gets 404 for it, everyone else 403. */
  private static final String ADMIN_ONLY = "api/support/orders/999999999999/money";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;

  @BeforeEach
  void client() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
  }

  @Test
  void redisRefusesClientsWithoutThePassword() {
    EmbeddedRedis redis = IntegrationServices.current().redis();
    try (Jedis anonymous = new Jedis("127.0.0.1", redis.port())) {
      JedisDataException refused = assertThrows(JedisDataException.class, anonymous::ping);
      assertTrue(refused.getMessage().startsWith("NOAUTH"), refused.getMessage());
    }
    try (Jedis wrong = new Jedis("127.0.0.1", redis.port())) {
      assertThrows(JedisDataException.class, () -> wrong.auth("not-the-password"));
    }
  }

  @Test
  void aSessionCachedInRedisCannotBePromotedByWritingToRedis() throws Exception {
    TestCatalogue.Account shopper = TestAccounts.shopper();
    TestCatalogue.Account admin = TestAccounts.signedIn("ADMIN");
    assertEquals(403, get(shopper, ADMIN_ONLY).status());
    assertEquals(404, get(admin, ADMIN_ONLY).status(), "the admin's session is cached now");
    String shoppersKey = "marketplace:session:" + sha256(shopper.token());
    String adminsKey = "marketplace:session:" + sha256(admin.token());

    try (Jedis redis = authenticated()) {
      String cached = redis.get(shoppersKey);
      assertTrue(cached.startsWith(shopper.userId() + ":SHOPPER|"), "sealed: " + cached);

      redis.setex(shoppersKey, 300, shopper.userId() + ":ADMIN,SHOPPER");
      assertEquals(403, get(shopper, ADMIN_ONLY).status(), "a hand-written entry");
      redis.setex(shoppersKey, 300, shopper.userId() + ":ADMIN,SHOPPER" + sealOf(cached));
      assertEquals(403, get(shopper, ADMIN_ONLY).status(), "a promoted entry with its old seal");
      redis.setex(shoppersKey, 300, redis.get(adminsKey));
      assertEquals(403, get(shopper, ADMIN_ONLY).status(), "the admin's entry copied over");
    }
    Reply me = get(shopper, "api/me");
    assertEquals(shopper.userId(), me.json().getJsonNumber("id").longValue(), me.body());
    assertEquals(404, get(admin, ADMIN_ONLY).status(), "genuine entries still serve");
  }

  private Reply get(TestCatalogue.Account account, String path) {
    return app.request("GET", path).bearer(account.token()).send();
  }

  private static Jedis authenticated() {
    EmbeddedRedis redis = IntegrationServices.current().redis();
    Jedis jedis = new Jedis("127.0.0.1", redis.port());
    jedis.auth(redis.password());
    return jedis;
  }

  private static String sealOf(String cached) {
    return cached.substring(cached.lastIndexOf('|'));
  }

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
  }
}
