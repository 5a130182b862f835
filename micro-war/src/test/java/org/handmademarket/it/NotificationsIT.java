package org.handmademarket.it;

import static org.handmademarket.it.support.PrometheusSamples.increase;
import static org.handmademarket.it.support.TestAccounts.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handmademarket.it.support.Authenticators;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Mailbox;
import org.handmademarket.it.support.PrometheusSamples;
import org.handmademarket.it.support.TestAccounts;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.localstack.MailServer;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.handmademarket.localstack.testing.IntegrationServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mails as they arrive at the embedded SMTP server (GreenMail) after real checkouts and order moves
 * through the API: contents, links, exactly one mail per recipient even when an event is consumed
 * again or the sender dies between the server's acceptance and the commit, dead letters while the
 * server is down and delivery once it is back, and the purge of consumed outbox events.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final String CARD = "pm_card_visa";
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
  private static final String POTTERY_LOGO = "shops/logo-of-clay-and-co.webp";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private MailServer mail;
  private Mailbox mailbox;
  private TestCatalogue.Account pottery;
  private TestCatalogue.Account textiles;

  @BeforeEach
  void shops() throws Exception {
    // A network of its own (arquillian.xml trusts the loopback proxy's X-Forwarded-For): reset
    // limits count an IPv6 /64 as one client.
    app =
        ApiClient.onLoopback(applicationUrl.toURI())
            .withHeader(
                "X-Forwarded-For",
                "203.0.113.9, 2001:db8:"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff))
                    + ":"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff))
                    + "::1");
    mail = IntegrationServices.current().mail();
    mailbox = Mailbox.ofTheTests();
    mail.start();
    pottery = TestAccounts.seller("Clay & Co " + UUID.randomUUID().toString().substring(0, 6));
    textiles = TestAccounts.seller("Loom Room " + UUID.randomUUID().toString().substring(0, 6));
    // Clay & Co takes up to 4 days to hand an order over; Loom Room has the standard profile.
    scalar(
        "INSERT INTO shipping_profiles (shop_id, origin_country, domestic_first, domestic_additional,"
            + " processing_days_min, processing_days_max) VALUES (?, 'US', 4.00, 1.50, 2, 4)"
            + " RETURNING shop_id",
        pottery.shopId());
  }

  @AfterEach
  void mailServerBack() {
    mail.start();
    app.request("POST", "api/test-probe/notifications/resume").send();
  }

  @Test
  void aCheckoutMailsTheBuyerOnceAndEachSellerThenEveryMoveFollows() throws Exception {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    String buyerEmail = emailOf(buyer);
    scalar(
        "UPDATE shops SET logo_image = ? WHERE id = ? RETURNING id",
        POTTERY_LOGO,
        pottery.shopId());
    long mug = listing(pottery, "Speckled <mug>", "12.50", 5);
    long scarf = listing(textiles, "Wool scarf", "30.00", 3);
    add(buyer, mug, 2);
    add(buyer, scarf, 1);
    long started = System.nanoTime();
    JsonObject receipt = checkout(buyer);
    List<JsonObject> orders = receipt.getJsonArray("orders").getValuesAs(JsonObject.class);
    assertEquals(2, orders.size());
    long potteryOrder = orderOf(orders, pottery);
    long textilesOrder = orderOf(orders, textiles);

    MimeMessage placed = mailbox.awaitOne(buyerEmail, "placed");
    double deliverySeconds = (System.nanoTime() - started) / 1e9;
    assertEquals("Your orders from 2 shops are placed", placed.getSubject());
    String text = Mailbox.part(placed, "text/plain");
    String html = Mailbox.part(placed, "text/html");
    // Clay & Co: 2 x 12.50 + 4.00 + 1.50 shipping; Loom Room: 30.00 + the standard 5.00.
    for (String expected :
        List.of(
            "Order " + potteryOrder + " from " + shopName(pottery),
            "Order " + textilesOrder + " from " + shopName(textiles),
            "2 x Speckled <mug> ($12.50)  $25.00",
            "Shipping  $5.50",
            "Total  $30.50",
            "1 x Wool scarf ($30.00)  $30.00",
            "Total  $35.00",
            "Paid in all  $65.50",
            "1 High Street",
            "We received your payment on " + today())) {
      assertTrue(text.contains(expected), () -> "'" + expected + "' in:\n" + text);
    }
    assertTrue(html.contains("Speckled &lt;mug&gt;"), "the title is escaped in HTML: " + html);
    assertTrue(html.contains("$65.50"), html);
    assertTrue(
        placed.getMessageID().matches("<checkout\\.[0-9a-f-]+\\.placed@handmade\\.market>"),
        placed.getMessageID());
    String link = link(text, "View order " + potteryOrder);
    assertTrue(link.endsWith("/orders/" + potteryOrder), link);
    Reply followed = get(buyer, "api/orders/" + potteryOrder);
    assertEquals(
        200, followed.status(), "the link's order opens for the buyer: " + followed.body());

    MimeMessage sold = mailbox.awaitOne(emailOf(pottery), "New order " + potteryOrder);
    String soldText = Mailbox.part(sold, "text/plain");
    assertTrue(soldText.contains("2 x Speckled <mug> ($12.50)  $25.00"), soldText);
    assertTrue(soldText.contains("Ana Maker, 1 High Street, London N1 1AA, US"), soldText);
    assertTrue(
        soldText.contains("Please ship by " + date(LocalDate.now(ZoneOffset.UTC).plusDays(4))),
        soldText);
    assertTrue(
        link(soldText, "Open order " + potteryOrder)
            .endsWith("/console/seller/order.xhtml?id=" + potteryOrder));
    mailbox.awaitOne(emailOf(textiles), "New order " + textilesOrder);

    Reply shipped =
        send(
            pottery,
            "api/seller/orders/" + potteryOrder + "/ship",
            "{\"carrier\": \"USPS\", \"trackingNumber\": \"9400 1000 0000 0000 0000 00\"}");
    assertEquals(200, shipped.status(), shipped.body());
    MimeMessage shippedMail = mailbox.awaitOne(buyerEmail, "has shipped");
    String shippedText = Mailbox.part(shippedMail, "text/plain");
    assertTrue(
        Mailbox.part(shippedMail, "text/html").contains("/api/images/" + POTTERY_LOGO + "\""),
        "the shop's logo heads the mail");
    assertTrue(shippedText.contains("Carrier  USPS"), shippedText);
    assertTrue(shippedText.contains("Tracking number  9400 1000 0000 0000 0000 00"), shippedText);
    assertEquals(
        200, send(pottery, "api/seller/orders/" + potteryOrder + "/deliver", null).status());
    mailbox.awaitOne(buyerEmail, "Order " + potteryOrder + " was delivered");

    TestCatalogue.Account agent = TestAccounts.signedIn("SUPPORT");
    Reply refunded =
        send(
            agent,
            "api/support/orders/" + textilesOrder + "/refund",
            "{\"reason\": \"Parcel lost by the carrier\"}");
    assertEquals(200, refunded.status(), refunded.body());
    String refundText = Mailbox.part(mailbox.awaitOne(buyerEmail, "was refunded"), "text/plain");
    assertTrue(refundText.contains("$35.00 is on its way back"), refundText);
    assertTrue(refundText.contains("Parcel lost by the carrier"), refundText);
    mailbox.awaitOne(emailOf(textiles), "Order " + textilesOrder + " was refunded by support");

    Thread.sleep(2000);
    assertEquals(4, to(buyerEmail).size(), "placed, shipped, delivered, refunded: one each");
    assertEquals(1, to(emailOf(pottery)).size(), "the seller who shipped hears of no moves");
    assertEquals(2, to(emailOf(textiles)).size(), "new order, refunded by support");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM outbox WHERE aggregate_type = 'ORDER' AND aggregate_id IN (?, ?)"
                + " AND processed_at IS NULL",
            potteryOrder,
            textilesOrder),
        "every order event is consumed");
    String lagSeconds =
        scalar(
            "SELECT round(extract(epoch FROM max(processed_at - created_at)) * 1000) FROM outbox"
                + " WHERE aggregate_type = 'ORDER' AND aggregate_id IN (?, ?)",
            potteryOrder,
            textilesOrder);
    String sendMillis =
        scalar(
            "SELECT round(extract(epoch FROM max(sent_at - created_at)) * 1000) FROM mail_deliveries"
                + " WHERE recipient = ?",
            buyerEmail);
    System.out.printf(
        Locale.ROOT,
        "Measured: checkout answer to the buyer's mail at the SMTP server %.2f s; outbox lag at most"
            + " %s ms; queued to accepted at most %s ms%n",
        deliverySeconds,
        lagSeconds,
        sendMillis);
  }

  @Test
  void anEventConsumedAgainOrASenderDyingAfterTheServerTookTheMailSendsNothingTwice()
      throws Exception {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    String buyerEmail = emailOf(buyer);
    add(buyer, listing(pottery, "Bud vase", "18.00", 2), 1);
    long order =
        orderOf(checkout(buyer).getJsonArray("orders").getValuesAs(JsonObject.class), pottery);
    mailbox.awaitOne(buyerEmail, "placed");
    scalar(
        "UPDATE outbox SET processed_at = NULL WHERE aggregate_type = 'ORDER' AND aggregate_id = ?"
            + " RETURNING id",
        order);
    Eventually.await(
        "the event consumed again",
        MAIL_WAIT,
        () ->
            unchecked(
                () ->
                    scalar(
                        "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND aggregate_type = 'ORDER'"
                            + " AND processed_at IS NULL",
                        order)),
        "0"::equals);
    Thread.sleep(1500);
    assertEquals(1, to(buyerEmail).size(), "the mail's key is taken: nothing new is queued");

    // The sender takes the shipping mail, the SMTP server accepts it, and the instance dies before
    // recording that.
    assertEquals(204, app.request("POST", "api/test-probe/notifications/pause").send().status());
    assertEquals(
        200,
        send(
                pottery,
                "api/seller/orders/" + order + "/ship",
                "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z999\"}")
            .status());
    Reply crashed =
        app.request("POST", "api/test-probe/notifications/crash-after-send?recipient=" + buyerEmail)
            .send();
    assertEquals(200, crashed.status(), crashed.body());
    long mailId = crashed.json().getJsonNumber("mailId").longValue();
    assertEquals(204, app.request("POST", "api/test-probe/notifications/resume").send().status());
    Thread.sleep(3000);
    List<MimeMessage> shipped = mailbox.to(buyerEmail, "has shipped");
    assertEquals(1, shipped.size(), "a mail claimed before sending is never sent again by itself");
    assertEquals("SENDING", scalar("SELECT status FROM mail_deliveries WHERE id = ?", mailId));

    // Ten minutes later support sees it as uncertain and may send it again, as the same mail.
    TestCatalogue.Account agent = TestAccounts.signedIn("SUPPORT");
    assertTrue(troubled(agent).stream().noneMatch(view -> idOf(view) == mailId));
    scalar(
        "UPDATE mail_deliveries SET claimed_at = now() - interval '11 minutes' WHERE id = ?"
            + " RETURNING id",
        mailId);
    JsonObject uncertain =
        troubled(agent).stream().filter(view -> idOf(view) == mailId).findFirst().orElseThrow();
    assertTrue(uncertain.getBoolean("uncertain"), uncertain.toString());
    assertProblem(send(buyer, "api/support/mails/" + mailId + "/resend", null), 403);
    assertEquals(204, send(agent, "api/support/mails/" + mailId + "/resend", null).status());
    Eventually.await(
        "the mail sent again",
        MAIL_WAIT,
        () -> mailbox.to(buyerEmail, "has shipped"),
        m -> m.size() == 2);
    List<MimeMessage> both = mailbox.to(buyerEmail, "has shipped");
    assertEquals(both.get(0).getMessageID(), both.get(1).getMessageID());
    assertProblem(send(agent, "api/support/mails/" + mailId + "/resend", null), 409);
  }

  @Test
  void whileTheMailServerIsDownMailsWaitThenDieAndSupportSendsThemOnceItIsBack() throws Exception {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    String buyerEmail = emailOf(buyer);
    add(buyer, listing(textiles, "Tea towel", "9.00", 4), 1);

    String before = metrics();
    mail.stop();
    long order =
        orderOf(checkout(buyer).getJsonArray("orders").getValuesAs(JsonObject.class), textiles);
    Eventually.await(
        "two failed attempts at the buyer's mail",
        MAIL_WAIT,
        () ->
            unchecked(
                () ->
                    scalar(
                        "SELECT count(*) FROM mail_deliveries WHERE recipient = ? AND status = 'PENDING'"
                            + " AND attempts >= 2 AND last_error IS NOT NULL",
                        buyerEmail)),
        "1"::equals);
    mail.start();
    mailbox.awaitOne(buyerEmail, "placed");

    mail.stop();
    assertEquals(
        200,
        send(
                textiles,
                "api/seller/orders/" + order + "/ship",
                "{\"carrier\": \"DHL\", \"trackingNumber\": \"JD0001\"}")
            .status());
    String deadId =
        Eventually.await(
            "the shipping mail a dead letter after 6 attempts",
            MAIL_WAIT,
            () ->
                unchecked(
                    () ->
                        scalar(
                            "SELECT coalesce(max(id), 0) FROM mail_deliveries WHERE recipient = ?"
                                + " AND status = 'DEAD' AND attempts = 6",
                            buyerEmail)),
            id -> !"0".equals(id));
    TestCatalogue.Account agent = TestAccounts.signedIn("SUPPORT");
    JsonObject dead =
        troubled(agent).stream()
            .filter(view -> idOf(view) == Long.parseLong(deadId))
            .findFirst()
            .orElseThrow();
    assertEquals("DEAD", dead.getString("status"));
    assertEquals("BUYER_ORDER_SHIPPED", dead.getString("kind"));
    assertTrue(dead.getString("lastError").contains("onnect"), dead.toString());

    mail.start();
    Thread.sleep(2500);
    assertEquals(
        0, mailbox.to(buyerEmail, "has shipped").size(), "a dead letter waits for support");
    assertEquals(204, send(agent, "api/support/mails/" + deadId + "/resend", null).status());
    mailbox.awaitOne(buyerEmail, "has shipped");
    assertEquals(
        "SENT", scalar("SELECT status FROM mail_deliveries WHERE id = ?", Long.parseLong(deadId)));
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'mail.resent' AND target_id = ?",
            Long.parseLong(deadId)));

    String after = metrics();
    assertTrue(increase(before, after, "notifications_mails_dead_total", "") >= 1, after);
    assertTrue(increase(before, after, "notifications_mails_failed_total", "") >= 7, after);
    assertTrue(increase(before, after, "notifications_mails_sent_total", "") >= 2, after);
    assertTrue(
        increase(before, after, "notifications_mail_delivery_seconds_count", "") >= 2, after);
    Eventually.await(
        "outbox gauges per event type",
        MAIL_WAIT,
        this::metrics,
        metrics ->
            PrometheusSamples.has(metrics, "outbox_pending", "event_type=\"order.shipped\"")
                && PrometheusSamples.has(
                    metrics, "outbox_lag_seconds", "event_type=\"order.placed\""));
  }

  private String metrics() {
    Reply reply =
        ApiClient.onLoopback(unchecked(applicationUrl::toURI).resolve("/"))
            .get("metrics", "text/plain");
    assertEquals(200, reply.status());
    return reply.body();
  }

  @Test
  void consumedEventsOfEveryTypeArePurgedAfterTheRetentionPeriod() throws Exception {
    String marker = UUID.randomUUID().toString();
    for (String type :
        List.of("product.changed", "shop.changed", "order.placed", "anything.else")) {
      outboxRow(type, marker, "now() - interval '8 days'", "now() - interval '8 days'");
    }
    outboxRow("order.placed", marker, "now() - interval '1 day'", "now() - interval '1 day'");
    outboxRow("anything.else", marker, "now() - interval '9 days'", null);
    try {
      Reply purge = app.request("POST", "api/test-probe/notifications/purge-outbox").send();
      assertEquals(200, purge.status(), purge.body());
      assertTrue(purge.json().getInt("purged") >= 4, purge.body());
      assertEquals(
          "order.placed:1,anything.else:0",
          scalar(
              "SELECT string_agg(event_type || ':' || (processed_at IS NOT NULL)::int, ','"
                  + " ORDER BY processed_at NULLS LAST) FROM outbox WHERE payload->>'marker' = ?",
              marker),
          "consumed within the retention period, and unconsumed, stay");
    } finally {
      scalar("DELETE FROM outbox WHERE payload->>'marker' = ? RETURNING 1", marker);
    }
  }

  @Test
  void aResetLinkSetsANewPasswordOnceAndSignsOutEverywhereWithoutTellingWhoIsRegistered()
      throws Exception {
    String email = "reset-" + UUID.randomUUID() + "@example.test";
    String unknown = "nobody-" + UUID.randomUUID() + "@example.test";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Rosa\","
                + " \"password\": \"first password 1\"}");
    assertEquals(201, registered.status(), registered.body());
    String firstSession = registered.json().getString("token");
    String secondSession = login(email, "first password 1").json().getString("token");

    long[] knownNanos = new long[3];
    long[] unknownNanos = new long[3];
    Reply known = null;
    Reply nobody = null;
    for (int i = 0; i < 3; i++) {
      long began = System.nanoTime();
      known = requestReset(email);
      knownNanos[i] = System.nanoTime() - began;
      began = System.nanoTime();
      nobody = requestReset(unknown);
      unknownNanos[i] = System.nanoTime() - began;
    }
    assertEquals(202, known.status(), known.body());
    assertEquals(known.status(), nobody.status());
    assertEquals(known.body(), nobody.body(), "the same answer for an unknown address");
    java.util.Arrays.sort(knownNanos);
    java.util.Arrays.sort(unknownNanos);
    System.out.printf(
        Locale.ROOT,
        "Measured: password reset answer, median %.1f ms with an account, %.1f ms without%n",
        knownNanos[1] / 1e6,
        unknownNanos[1] / 1e6);
    assertTrue(
        Math.abs(knownNanos[1] - unknownNanos[1]) < Duration.ofMillis(200).toNanos(),
        "no timing difference worth measuring");

    List<MimeMessage> links =
        Eventually.await(
            "three reset mails",
            MAIL_WAIT,
            () -> mailbox.to(email, "Reset your"),
            m -> m.size() == 3);
    assertEquals(3, links.size());
    String token = token(Mailbox.part(links.get(2), "text/plain"));
    String stale = token(Mailbox.part(links.get(0), "text/plain"));
    assertTrue(Mailbox.part(links.get(2), "text/html").contains("/reset-password?token=" + token));

    assertEquals(202, requestReset(email).status(), "a fourth request is answered alike");
    Thread.sleep(1500);
    assertEquals(
        3, mailbox.to(email, "Reset your").size(), "but mails nothing: 3 an hour per account");
    assertEquals(0, to(unknown).size());

    assertProblem(completeReset(token, "short"), 400, "/problems/validation");
    assertProblem(
        completeReset("x".repeat(43), "a long new password 2"), 400, "/problems/invalid-token");
    scalar(
        "UPDATE account_tokens SET created_at = now() - interval '2 hours', expires_at = now()"
            + " - interval '1 hour' WHERE token_hash = encode(sha256(?::bytea), 'hex')"
            + " RETURNING user_id",
        stale);
    assertProblem(completeReset(stale, "a long new password 2"), 400, "/problems/invalid-token");
    assertEquals(200, login(email, "first password 1").status(), "nothing changed so far");

    Reply done = completeReset(token, "a long new password 2");
    assertEquals(204, done.status(), done.body());
    for (String session : List.of(firstSession, secondSession)) {
      assertEquals(401, app.request("GET", "api/me").bearer(session).send().status());
    }
    assertEquals(401, login(email, "first password 1").status());
    assertEquals(200, login(email, "a long new password 2").status());
    assertProblem(completeReset(token, "a third password 3"), 400, "/problems/invalid-token");
    assertEquals(200, login(email, "a long new password 2").status(), "the reuse changed nothing");
    mailbox.awaitOne(email, "password was changed");
  }

  @Test
  void aDeliveredOrderInvitesAReviewDaysLaterUnlessTheBuyerTurnedInvitationsOff() throws Exception {
    TestCatalogue.Account buyer = TestAccounts.shopper();
    String buyerEmail = emailOf(buyer);
    assertEquals(
        "{\"reviewInvitations\":true}",
        get(buyer, "api/me/mail-preferences").body(),
        "on at first");

    long bowl = deliveredOrder(buyer, "Ash bowl");
    String bowlInvitation = "order:" + bowl + ":review-invitation";
    assertEquals(
        "PENDING true",
        scalar(
            "SELECT status || ' ' || (next_attempt_at > now() + interval '71 hours')"
                + " FROM mail_deliveries WHERE mail_key = ?",
            bowlInvitation),
        "due three days after the delivery");
    dueNow(bowlInvitation);
    MimeMessage invitation = mailbox.awaitOne(buyerEmail, "Review your order from");
    assertEquals(
        "How is Ash bowl? Review your order from " + shopName(pottery), invitation.getSubject());
    String text = Mailbox.part(invitation, "text/plain");
    assertTrue(link(text, "Review your order " + bowl).endsWith("/orders/" + bowl), text);
    assertTrue(text.contains("/mail-preferences"), "says how to turn them off: " + text);

    long spoon = deliveredOrder(buyer, "Birch spoon");
    String spoonInvitation = "order:" + spoon + ":review-invitation";
    Reply off = put(buyer, "api/me/mail-preferences", "{\"reviewInvitations\": false}");
    assertEquals(200, off.status(), off.body());
    assertEquals(
        "WITHHELD",
        scalar("SELECT status FROM mail_deliveries WHERE mail_key = ?", spoonInvitation),
        "an invitation waiting to go is withheld");
    assertEquals("{\"reviewInvitations\":false}", get(buyer, "api/me/mail-preferences").body());
    long cup = deliveredOrder(buyer, "Clay cup");
    mailbox.awaitOne(buyerEmail, "Order " + cup + " was delivered");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM mail_deliveries WHERE mail_key = ?",
            "order:" + cup + ":review-invitation"),
        "order mails still go, invitations no more");

    for (String bad :
        List.of("{}", "{\"reviewInvitations\": null}", "{\"reviewInvitations\": \"no\"}", "[]")) {
      assertProblem(put(buyer, "api/me/mail-preferences", bad), 400);
    }
    assertEquals(
        "{\"reviewInvitations\":false}",
        get(buyer, "api/me/mail-preferences").body(),
        "refused input changed nothing");
    assertProblem(
        app.request("PUT", "api/me/mail-preferences").json("{\"reviewInvitations\": true}").send(),
        401,
        "/problems/unauthenticated");
  }

  @Test
  void aNewAccountConfirmsItsAddressThroughTheMailedLinkAndMayAskForFewMore() throws Exception {
    String email = "verify-" + UUID.randomUUID() + "@example.test";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Ines\","
                + " \"password\": \"my password 123\"}");
    assertEquals(201, registered.status(), registered.body());
    String session = registered.json().getString("token");
    String text = Mailbox.part(mailbox.awaitOne(email, "Confirm your email address"), "text/plain");
    Matcher link = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)").matcher(text);
    assertTrue(link.find(), text);
    assertEquals(
        "f",
        scalar("SELECT (email_verified_at IS NOT NULL)::text FROM users WHERE email = ?", email)
            .substring(0, 1));

    assertFalse(me(session).getBoolean("emailVerified"));
    assertProblem(openShop(session), 403, "/problems/email-unconfirmed");
    assertEquals(
        "0",
        scalar(
            "SELECT count(*) FROM shops s JOIN users u ON u.id = s.owner_id WHERE u.email = ?",
            email));

    assertEquals(202, resendVerification(session).status(), "a second link");
    assertEquals(202, resendVerification(session).status(), "a third link");
    assertProblem(resendVerification(session), 429, "/problems/too-many-attempts");
    Eventually.await(
        "three links",
        MAIL_WAIT,
        () -> mailbox.to(email, "Confirm your"),
        mails -> mails.size() == 3);

    Reply confirmed =
        app.postJson("api/auth/verify-email", "{\"token\": \"" + link.group(1) + "\"}");
    assertEquals(204, confirmed.status(), confirmed.body());
    assertEquals(
        "true",
        scalar("SELECT (email_verified_at IS NOT NULL)::text FROM users WHERE email = ?", email));
    assertProblem(
        app.postJson("api/auth/verify-email", "{\"token\": \"" + link.group(1) + "\"}"),
        400,
        "/problems/invalid-token");
    assertProblem(resendVerification(session), 409, "/problems/conflict");
    assertTrue(me(session).getBoolean("emailVerified"));
    assertEquals(201, openShop(session).status(), "a confirmed account may open a shop");
  }

  @Test
  void aSignInToAStaffAccountIsMailedToItsOwnerAndAShoppersIsNot() throws Exception {
    String staff = "staff-" + UUID.randomUUID() + "@example.test";
    String shopper = "shopper-" + UUID.randomUUID() + "@example.test";
    for (String email : List.of(staff, shopper)) {
      Reply registered =
          app.postJson(
              "api/auth/register",
              "{\"email\": \""
                  + email
                  + "\", \"displayName\": \"Sam\", \"password\": \"my password 123\"}");
      assertEquals(201, registered.status(), registered.body());
    }
    scalar(
        "INSERT INTO user_roles (user_id, role) SELECT id, 'SUPPORT' FROM users WHERE email = ?"
            + " RETURNING role",
        staff);

    // A staff session opens only after the second step; the mail tells of the session.
    Authenticators.enrolAtSignIn(app, staff, "my password 123");
    assertEquals(200, login(shopper, "my password 123").status());

    String text =
        Mailbox.part(
            mailbox.awaitOne(staff, "New sign-in to your Handmade Market staff account"),
            "text/plain");
    assertTrue(text.contains("If this was not you"), text);
    assertTrue(text.contains("/forgot-password"), text);
    Eventually.await(
        "the shopper's welcome mail",
        MAIL_WAIT,
        () -> mailbox.to(shopper, "Confirm your"),
        m -> m.size() == 1);
    assertEquals(
        List.of(), mailbox.to(shopper, "New sign-in"), "a shopper's sign-in is not mailed");
  }

  @Test
  void oneClientAskingForResetsOverAndOverIsRefused() {
    for (int i = 0; i < 10; i++) {
      assertEquals(202, requestReset("flood-" + i + "@example.test").status());
    }
    assertProblem(requestReset("flood-10@example.test"), 429, "/problems/too-many-attempts");
    assertProblem(requestReset("not an address"), 400, "/problems/validation");
  }

  // --- helpers

  private Reply login(String email, String password) {
    return app.postJson(
        "api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
  }

  private JsonObject me(String session) {
    return app.request("GET", "api/me").bearer(session).send().json();
  }

  private Reply openShop(String session) {
    return app.request("POST", "api/seller/shop")
        .bearer(session)
        .json("{\"name\": \"Confirmed Goods " + UUID.randomUUID() + "\"}")
        .send();
  }

  private Reply resendVerification(String session) {
    return app.request("POST", "api/me/email-verification").bearer(session).send();
  }

  private Reply requestReset(String email) {
    return app.postJson("api/auth/password-reset", "{\"email\": \"" + email + "\"}");
  }

  private Reply completeReset(String token, String password) {
    return app.postJson(
        "api/auth/password-reset/complete",
        "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
  }

  private static String token(String text) {
    Matcher matcher = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(text);
    assertTrue(matcher.find(), text);
    return matcher.group(1);
  }

  private static void outboxRow(String type, String marker, String createdAt, String processedAt)
      throws SQLException {
    scalar(
        "INSERT INTO outbox (aggregate_type, aggregate_id, event_type, payload, created_at,"
            + " processed_at) VALUES ('TEST', 1, ?, jsonb_build_object('marker', ?), "
            + createdAt
            + ", "
            + (processedAt == null ? "NULL" : processedAt)
            + ") RETURNING id",
        type,
        marker);
  }

  private List<JsonObject> troubled(TestCatalogue.Account agent) {
    Reply reply = get(agent, "api/support/mails");
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  private static long idOf(JsonObject view) {
    return view.getJsonNumber("id").longValue();
  }

  private List<MimeMessage> to(String recipient) {
    return mailbox.to(recipient, "");
  }

  private static String link(String text, String label) {
    Matcher matcher = Pattern.compile(Pattern.quote(label) + ": (\\S+)").matcher(text);
    assertTrue(matcher.find(), () -> "a link '" + label + "' in:\n" + text);
    return matcher.group(1);
  }

  private static String today() {
    return date(LocalDate.now(ZoneOffset.UTC));
  }

  private static String date(LocalDate day) {
    return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(day);
  }

  private static String emailOf(TestCatalogue.Account account) throws SQLException {
    return scalar("SELECT email FROM users WHERE id = ?", account.userId());
  }

  private static String shopName(TestCatalogue.Account seller) throws SQLException {
    return scalar("SELECT name FROM shops WHERE id = ?", seller.shopId());
  }

  private static long orderOf(List<JsonObject> orders, TestCatalogue.Account seller) {
    return orders.stream()
        .filter(order -> order.getJsonNumber("shopId").longValue() == seller.shopId())
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long listing(
      TestCatalogue.Account seller, String title, String price, int quantity) throws SQLException {
    return Long.parseLong(
        scalar(
            "INSERT INTO products (shop_id, category_id, title, price, quantity, status)"
                + " VALUES (?, 501, ?, CAST(? AS numeric), ?, 'ACTIVE') RETURNING id",
            seller.shopId(),
            title,
            price,
            quantity));
  }

  private void add(TestCatalogue.Account buyer, long productId, int quantity) {
    Reply added =
        send(
            buyer,
            "api/cart/items",
            "{\"productId\": " + productId + ", \"quantity\": " + quantity + "}");
    assertEquals(200, added.status(), added.body());
  }

  private JsonObject checkout(TestCatalogue.Account buyer) {
    String total = get(buyer, "api/cart?country=US").json().getJsonNumber("total").toString();
    Reply placed =
        app.request("POST", "api/checkout")
            .bearer(buyer.token())
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .json(
                "{\"shippingAddress\": {\"name\": \"Ana Maker\", \"line1\": \"1 High Street\","
                    + " \"city\": \"London\", \"postalCode\": \"N1 1AA\", \"country\": \"US\"},"
                    + " \"payment\": {\"paymentMethodId\": \""
                    + CARD
                    + "\"}, \"expectedTotal\": "
                    + total
                    + "}")
            .send();
    assertTrue(placed.status() == 200 || placed.status() == 201, placed.body());
    return placed.json();
  }

  private Reply get(TestCatalogue.Account account, String path) {
    return app.request("GET", path).bearer(account.token()).send();
  }

  private Reply put(TestCatalogue.Account account, String path, String json) {
    return app.request("PUT", path).bearer(account.token()).json(json).send();
  }

  /** An order of one item from the pottery shop, placed, shipped and delivered. */
  private long deliveredOrder(TestCatalogue.Account buyer, String title) throws SQLException {
    add(buyer, listing(pottery, title, "20.00", 1), 1);
    long order = idOf(checkout(buyer).getJsonArray("orders").getJsonObject(0));
    assertEquals(
        200,
        send(
                pottery,
                "api/seller/orders/" + order + "/ship",
                "{\"carrier\": \"USPS\", \"trackingNumber\": \"9400 1\"}")
            .status());
    assertEquals(200, send(pottery, "api/seller/orders/" + order + "/deliver", null).status());
    Eventually.await(
        "order " + order + "'s delivery consumed",
        MAIL_WAIT,
        () ->
            unchecked(
                () ->
                    scalar(
                        "SELECT count(*) FROM outbox WHERE aggregate_type = 'ORDER'"
                            + " AND aggregate_id = ? AND event_type = 'order.delivered'"
                            + " AND processed_at IS NULL",
                        order)),
        "0"::equals);
    return order;
  }

  /** The days before a delayed mail is due have passed. */
  private static void dueNow(String mailKey) throws SQLException {
    scalar(
        "UPDATE mail_deliveries SET next_attempt_at = now() WHERE mail_key = ? RETURNING id",
        mailKey);
  }

  private Reply send(TestCatalogue.Account account, String path, String json) {
    ApiClient.Request request = app.request("POST", path).bearer(account.token());
    if (json != null) {
      request.json(json);
    }
    return request.send();
  }

  private static void assertProblem(Reply reply, int status) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertProblem(reply, status);
    assertEquals(type, reply.json().getString("type"), reply.body());
  }

  private static <T> T unchecked(Checked<T> action) {
    try {
      return action.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface Checked<T> {
    T get() throws Exception;
  }
}
