package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Listing;
import org.handmademarket.it.support.Storefront;
import org.handmademarket.it.support.TestCatalogue;
import org.handmademarket.it.support.TestCatalogue.Account;
import org.handmademarket.localstack.testing.ApiClient;
import org.handmademarket.localstack.testing.ApiClient.Reply;
import org.handmademarket.localstack.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The console's access rules over plain HTTP, as a browser would send the requests: every page for
 * every role, another seller's records by id in the URL and in a posted form, forged and expired
 * sessions, the protected sign-out, sign-in on the shared cookie, and support's suspension of a
 * shop through its form with the effects on search, buying and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleAccessIT {

  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The view's CSP nonce, which PrimeFaces' script sends back with every form in a browser. */
  private static final Pattern CSP_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private static final Pattern SIGN_OUT_LINK =
      Pattern.compile("id=\"signOut\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"signOut\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private TestCatalogue db;
  private Account shopper;
  private Account seller;
  private Account otherSeller;
  private Account support;
  private Account admin;
  private String word;

  @BeforeEach
  void people() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    db = TestCatalogue.open(System.getProperty("it.db.url"));
    shopper = db.account();
    seller = db.seller("Own Shop");
    otherSeller = db.seller("Other Shop");
    support = db.account("SUPPORT");
    admin = db.account("ADMIN");
    word = Storefront.uniqueWord();
  }

  @AfterEach
  void close() throws SQLException {
    db.close();
  }

  @Test
  void everyPageAdmitsExactlyTheRolesItIsFor() throws Exception {
    long shopId = otherSeller.shopId();
    Map<String, Set<Account>> pages = new LinkedHashMap<>();
    Set<Account> sellers = Set.of(seller, otherSeller);
    Set<Account> staff = Set.of(support, admin);
    pages.put("console/index.xhtml", Set.of(seller, otherSeller, support, admin));
    pages.put("console/seller/dashboard.xhtml", sellers);
    pages.put("console/seller/listings.xhtml", sellers);
    pages.put("console/seller/listing.xhtml", sellers);
    pages.put("console/seller/orders.xhtml", sellers);
    pages.put("console/seller/shop.xhtml", sellers);
    pages.put("console/seller/shipping.xhtml", sellers);
    pages.put("console/seller/payouts.xhtml", sellers);
    pages.put("console/support/finder.xhtml?q=Other", staff);
    pages.put("console/support/shop.xhtml?id=" + shopId, staff);
    pages.put("console/support/mails.xhtml", staff);
    pages.put("console/admin/audit.xhtml", Set.of(admin));
    pages.put("console/admin/reindex.xhtml", Set.of(admin));
    pages.put("console/admin/staff.xhtml", Set.of(admin));
    pages.put("console/admin/categories.xhtml", Set.of(admin));
    pages.put("console/admin/fees.xhtml", Set.of(admin));
    pages.put("console/admin/fees.xhtml?days=90", Set.of(admin));
    Map<Account, String> names =
        Map.of(
            shopper,
            "shopper",
            seller,
            "seller",
            otherSeller,
            "other seller",
            support,
            "support",
            admin,
            "admin");

    List<Executable> checks = new ArrayList<>();
    pages.forEach(
        (page, admitted) -> {
          checks.add(
              () -> {
                Reply anonymous = app.request("GET", page).send();
                assertEquals(302, anonymous.status(), "anonymous " + page);
                assertTrue(
                    anonymous.header("Location").orElse("").contains("/console/signin.xhtml"),
                    page);
              });
          names.forEach(
              (account, name) ->
                  checks.add(
                      () -> {
                        Reply reply = page(account, page);
                        int expected = admitted.contains(account) ? 200 : 403;
                        assertEquals(
                            expected, reply.status(), name + " on " + page + ": " + excerpt(reply));
                        if (expected == 403) {
                          assertTrue(
                              reply.body().contains("may not open this page"),
                              name + " on " + page);
                        }
                      }));
        });
    assertAll(checks);

    assertEquals(
        200,
        app.request("GET", "console/signin.xhtml").send().status(),
        "the sign-in page is public");
    Reply root = page(seller, "console/");
    assertEquals(302, root.status(), excerpt(root));
    assertTrue(root.header("Location").orElse("").endsWith("/console/index.xhtml"), excerpt(root));
    assertTrue(
        page(support, "console/support/shop.xhtml?id=" + shopId).body().contains("Other Shop"));
    assertTrue(
        page(support, "console/support/finder.xhtml?q=Other+Shop").body().contains("Other Shop"));
    assertTrue(page(seller, "console/index.xhtml").body().contains("Dashboard"));
    assertFalse(
        page(seller, "console/index.xhtml").body().contains("Audit log"),
        "no admin menu for sellers");
    Reply forgedPost =
        form(
            seller,
            "console/support/shop.xhtml?id=" + shopId,
            Map.of("moderation:suspend", "x"),
            null);
    assertEquals(403, forgedPost.status(), "a seller posting to a support page");
    assertEquals("ACTIVE", scalar("SELECT status FROM shops WHERE id = ?", shopId));
  }

  /**
   * The state of a stack that had been through a long run of bad input: malformed and huge
   * requests, an account holding every role, and sessions of the same accounts on the API and the
   * console. The console still opens for every role; the guard reads the account's roles, as the
   * menus do.
   */
  @Test
  void theConsoleStaysOpenAfterMalformedAndHugeRequestsAndAccountsWithEveryRole() throws Exception {
    Account everything = db.seller("Every Role Shop");
    try (PreparedStatement grant =
        db.connection()
            .prepareStatement(
                "INSERT INTO user_roles (user_id, role) VALUES (?, 'SUPPORT'), (?, 'ADMIN')")) {
      grant.setLong(1, everything.userId());
      grant.setLong(2, everything.userId());
      grant.executeUpdate();
    }
    String huge = "x".repeat(60_000);
    String cookie = "Cookie";
    List<Integer> answers = new ArrayList<>();
    answers.add(noise("GET", "console/index.xhtml", Map.of(cookie, "hm_session=" + huge), null));
    answers.add(noise("GET", "console/index.xhtml", Map.of("Authorization", "Bearer"), null));
    answers.add(
        noise(
            "GET",
            "console/seller/dashboard.xhtml",
            Map.of("Authorization", "Bearer " + seller.token() + " " + huge.substring(0, 100)),
            null));
    answers.add(noise("GET", "console/index.xhtml?q=" + huge.substring(0, 6_000), Map.of(), null));
    answers.add(
        noise(
            "POST",
            "console/signin.xhtml",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "jakarta.faces.ViewState=%%%&" + huge));
    answers.add(noise("GET", "api/me", Map.of(cookie, "hm_session=%00%ff"), null));
    answers.add(noise("GET", "console/%2e%2e/%2e%2e/console/index.xhtml", Map.of(), null));
    for (int status : answers) {
      assertTrue(status < 500, "bad input is not a server error: " + answers);
    }

    Map<String, Account> pages = new LinkedHashMap<>();
    pages.put("console/index.xhtml", everything);
    pages.put("console/seller/dashboard.xhtml", seller);
    pages.put("console/support/finder.xhtml?q=Own", support);
    pages.put("console/admin/audit.xhtml", admin);
    pages.put("console/admin/staff.xhtml", everything);
    pages.put("console/seller/listings.xhtml", everything);
    pages.put("console/support/finder.xhtml", everything);
    List<Executable> checks = new ArrayList<>();
    pages.forEach(
        (page, account) ->
            checks.add(
                () -> {
                  Reply reply = page(account, page);
                  assertEquals(200, reply.status(), page + ": " + excerpt(reply));
                  assertFalse(reply.body().contains("may not open this page"), page);
                }));
    assertAll(checks);
  }

  @Test
  void aSellerGetsNothingOfAnotherSellersListingOrOrder() throws Exception {
    long own = db.listing(seller.shopId(), Listing.of("Own " + word).quantity(5));
    long others = db.listing(otherSeller.shopId(), Listing.of("Others " + word).quantity(5));
    long othersOrder = Storefront.placeOrder(app, shopper.token(), others);

    Reply ownPage = page(seller, "console/seller/listing.xhtml?id=" + own);
    assertEquals(200, ownPage.status(), excerpt(ownPage));
    assertTrue(ownPage.body().contains("Own " + word));

    Reply othersPage = page(seller, "console/seller/listing.xhtml?id=" + others);
    assertEquals(404, othersPage.status(), excerpt(othersPage));
    assertFalse(othersPage.body().contains("Others " + word));
    assertTrue(othersPage.body().contains("You have no listing " + others));

    Reply othersOrderPage = page(seller, "console/seller/order.xhtml?id=" + othersOrder);
    assertEquals(404, othersOrderPage.status(), excerpt(othersOrderPage));
    assertFalse(othersOrderPage.body().contains("Ana Maker"), "no buyer's address");
    Reply ownersView = page(otherSeller, "console/seller/order.xhtml?id=" + othersOrder);
    assertEquals(200, ownersView.status(), excerpt(ownersView));
    assertTrue(ownersView.body().contains("Ana Maker"));
    assertTrue(ownersView.body().contains("Others " + word));

    Reply badId = page(seller, "console/seller/order.xhtml?id=abc");
    assertTrue(badId.status() < 500, "a malformed id is not a server error: " + badId.status());

    // The listing form of the seller's own listing, posted back with the other seller's id.
    Session session = new Session(seller);
    Reply form = session.get("console/seller/listing.xhtml?id=" + own);
    Reply posted =
        session.post(
            "console/seller/listing.xhtml?id=" + others,
            form,
            Map.of(
                "listing",
                "listing",
                "listing:deactivate",
                "listing:deactivate",
                "id",
                String.valueOf(others)));
    assertTrue(posted.status() < 500, excerpt(posted));
    assertFalse(posted.body().contains("Others " + word), "nothing of the other listing is shown");
    assertEquals(
        "ACTIVE",
        scalar("SELECT status FROM products WHERE id = ?", others),
        "the other listing is untouched");
  }

  @Test
  void formsNeedTheSessionsViewStateAndSignOutNeedsTheConsolesOwnLink() throws Exception {
    long own = db.listing(seller.shopId(), Listing.of("Kept " + word).quantity(5));
    Reply forged =
        form(
            seller,
            "console/seller/listing.xhtml?id=" + own,
            Map.of("listing", "listing", "listing:deactivate", "listing:deactivate"),
            "1234567890:-987654321");
    assertEquals(302, forged.status(), excerpt(forged));
    assertTrue(forged.header("Location").orElse("").contains("signin.xhtml?expired=true"));
    assertEquals(
        "ACTIVE",
        scalar("SELECT status FROM products WHERE id = ?", own),
        "a forged form changes nothing");

    Reply withoutToken = page(seller, "console/signout.xhtml");
    assertEquals(403, withoutToken.status(), "sign-out from a link that is not the console's own");
    assertEquals(200, me(seller.token()).status(), "still signed in");

    Session session = new Session(seller);
    Reply home = session.get("console/index.xhtml");
    Matcher link = SIGN_OUT_LINK.matcher(home.body());
    assertTrue(link.find(), "the menu has a sign-out link");
    String href = (link.group(1) != null ? link.group(1) : link.group(2)).replace("&amp;", "&");
    assertTrue(href.contains("jakarta.faces.Token="), href);
    Reply signedOut = session.getAbsolute(href);
    assertEquals(302, signedOut.status(), excerpt(signedOut));
    assertTrue(signedOut.header("Location").orElse("").contains("signedOut=true"));
    assertEquals("", signedOut.cookieValue("hm_session").orElse("not cleared"));
    assertEquals(401, me(seller.token()).status(), "the session is revoked for the API too");
  }

  @Test
  void theConsolesHttpSessionEndsWithItsSignInAndNeverServesAnother() throws Exception {
    Session browser = new Session(seller);
    browser.get("console/index.xhtml");
    String first = browser.cookies.get("JSESSIONID");
    assertNotNull(first, "the console keeps its views in an HTTP session");

    browser.cookies.put("hm_session", otherSeller.token());
    Reply otherSignIn = browser.get("console/index.xhtml");
    assertEquals(200, otherSignIn.status(), excerpt(otherSignIn));
    String second = browser.cookies.get("JSESSIONID");
    assertNotEquals(first, second, "a console session of another sign-in is not carried over");

    assertEquals(
        204, app.request("POST", "api/auth/logout").bearer(otherSeller.token()).send().status());
    Reply ended = browser.get("console/index.xhtml");
    assertTrue(ended.header("Location").orElse("").contains("expired=true"), excerpt(ended));
    browser.get("console/signin.xhtml");
    assertNotEquals(
        second, browser.cookies.get("JSESSIONID"), "the console session ended with its sign-in");
  }

  @Test
  void theConsoleChangesThePasswordAndSignsOutEverywhere() throws Exception {
    String email = "console-" + UUID.randomUUID() + "@example.test";
    String password = "correct horse battery";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Console\", \"password\": \""
                + password
                + "\"}");
    long id = registered.json().getJsonObject("user").getJsonNumber("id").longValue();
    try (PreparedStatement grant =
        db.connection()
            .prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, 'SELLER')")) {
      grant.setLong(1, id);
      grant.executeUpdate();
    }
    String here = login(email, password);
    String elsewhere = login(email, password);
    Session browser = new Session(new Account(id, 0, here));

    Reply page = browser.get("console/account.xhtml");
    assertEquals(200, page.status(), excerpt(page));
    Reply wrong =
        browser.post(
            "console/account.xhtml",
            page,
            Map.of(
                "password", "password",
                "password:current", "not the password",
                "password:new", "purl two knit one",
                "password:change", ""));
    assertTrue(wrong.body().contains("is not your current password"), excerpt(wrong));
    assertEquals(200, me(elsewhere).status(), "a refused change changes nothing");
    Reply changed =
        browser.post(
            "console/account.xhtml",
            wrong,
            Map.of(
                "password", "password",
                "password:current", password,
                "password:new", "purl two knit one",
                "password:change", ""));
    assertTrue(changed.body().contains("Your password is changed"), excerpt(changed));
    assertEquals(401, me(elsewhere).status(), "other sessions end");
    assertEquals(200, me(here).status(), "this one stays");

    Reply signedOut =
        browser.post(
            "console/account.xhtml",
            changed,
            Map.of("sessions", "sessions", "sessions:signOutEverywhere", ""));
    assertEquals(302, signedOut.status(), excerpt(signedOut));
    assertTrue(signedOut.header("Location").orElse("").contains("signedOut=true"));
    assertEquals(401, me(here).status(), "signed out everywhere");
  }

  private String login(String email, String password) {
    Reply login =
        app.postJson(
            "api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
    assertEquals(200, login.status(), login.body());
    return login.json().getString("token");
  }

  @Test
  void signInSetsTheSharedCookieAndAnExpiredSessionSaysSo() throws Exception {
    String email = "console-" + UUID.randomUUID() + "@example.test";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \"Console\", \"password\": \"correct horse battery\"}");
    assertEquals(201, registered.status(), registered.body());

    Session anonymous = new Session(null);
    Reply signInPage = anonymous.get("console/signin.xhtml");
    Reply wrong =
        anonymous.post(
            "console/signin.xhtml",
            signInPage,
            Map.of(
                "signin",
                "signin",
                "signin:email",
                email,
                "signin:password",
                "wrong password",
                "signin:submit",
                ""));
    assertEquals(200, wrong.status(), excerpt(wrong));
    assertTrue(
        wrong.body().contains("The email address or the password is wrong."), excerpt(wrong));
    assertTrue(wrong.cookieValue("hm_session").isEmpty());

    Reply signedIn =
        anonymous.post(
            "console/signin.xhtml",
            wrong,
            Map.of(
                "signin",
                "signin",
                "signin:email",
                email,
                "signin:password",
                "correct horse battery",
                "signin:submit",
                ""));
    assertEquals(302, signedIn.status(), excerpt(signedIn));
    assertTrue(signedIn.header("Location").orElse("").contains("/console/index.xhtml"));
    String cookie = signedIn.setCookie("hm_session").orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
    String token = signedIn.cookieValue("hm_session").orElseThrow();
    Reply me = app.request("GET", "api/me").cookie("hm_session", token).send();
    assertEquals(200, me.status(), "one session for the console and the API");
    assertEquals(email, me.json().getString("email"));
    assertEquals(
        403,
        app.request("GET", "console/index.xhtml").cookie("hm_session", token).send().status(),
        "a shopper");

    Reply expired =
        app.request("GET", "console/seller/orders.xhtml")
            .cookie("hm_session", "revoked-or-expired")
            .send();
    assertEquals(302, expired.status());
    assertTrue(
        expired.header("Location").orElse("").endsWith("/console/signin.xhtml?expired=true"));
    assertTrue(
        app.request("GET", "console/signin.xhtml?expired=true")
            .send()
            .body()
            .contains("Your session has expired."));
  }

  @Test
  void supportSuspendsAShopItsListingsLeaveSearchAndCannotBeBoughtAndTheAuditLogShowsIt()
      throws Exception {
    long listing = db.listing(otherSeller.shopId(), Listing.of("Suspendable " + word).quantity(5));
    db.announce(listing);
    Eventually.await(
        "the listing in search",
        Duration.ofSeconds(30),
        () -> Storefront.searchTotal(app, word),
        total -> total == 1);

    Session agent = new Session(support);
    Reply shopPage = agent.get("console/support/shop.xhtml?id=" + otherSeller.shopId());
    Reply noReason =
        agent.post(
            "console/support/shop.xhtml?id=" + otherSeller.shopId(),
            shopPage,
            Map.of(
                "moderation",
                "moderation",
                "moderation:reason",
                "",
                "moderation:suspend",
                "moderation:suspend"));
    assertEquals(
        "ACTIVE",
        scalar("SELECT status FROM shops WHERE id = ?", otherSeller.shopId()),
        "a reason is required");
    Reply suspended =
        agent.post(
            "console/support/shop.xhtml?id=" + otherSeller.shopId(),
            noReason,
            Map.of(
                "moderation", "moderation",
                "moderation:reason", "Counterfeit goods " + word,
                "moderation:suspend", "moderation:suspend"));
    assertEquals(200, suspended.status(), excerpt(suspended));
    assertEquals(
        "SUSPENDED", scalar("SELECT status FROM shops WHERE id = ?", otherSeller.shopId()));

    Eventually.await(
        "the listing gone from search",
        Duration.ofSeconds(30),
        () -> Storefront.searchTotal(app, word),
        total -> total == 0);
    Reply add =
        app.request("POST", "api/cart/items")
            .bearer(shopper.token())
            .json("{\"productId\": " + listing + ", \"quantity\": 1}")
            .send();
    assertTrue(
        add.status() == 404 || add.status() == 409,
        "a suspended shop's listing cannot be bought: " + add.body());

    assertEquals(
        "shop.suspended|SHOP|Counterfeit goods " + word + "|ACTIVE",
        scalar(
            "SELECT action || '|' || target_type || '|' || reason || '|' || (details->>'from') FROM audit_log"
                + " WHERE target_id = ? AND actor_id = ?",
            otherSeller.shopId(),
            support.userId()));
    Reply audit = page(admin, "console/admin/audit.xhtml");
    assertEquals(200, audit.status());
    assertTrue(
        audit.body().contains("Counterfeit goods " + word), "the admin's audit browser shows it");
    assertEquals(
        403,
        page(support, "console/admin/audit.xhtml").status(),
        "support does not browse the audit log");
  }

  @Test
  void anAdminEditsTheTaxonomyAndNobodyElseCan() throws Exception {
    String page = "console/admin/categories.xhtml";
    for (Account other : List.of(seller, support)) {
      Reply forged =
          form(
              other,
              page,
              Map.of(
                  "categories",
                  "categories",
                  "categories:newName",
                  "Forged",
                  "categories:newSlug",
                  "forged-" + word,
                  "categories:create",
                  ""),
              null);
      assertEquals(403, forged.status(), excerpt(forged));
    }
    assertEquals(
        "0",
        scalar("SELECT count(*) FROM categories WHERE slug = ?", "forged-" + word),
        "a forged post changes nothing");

    Session console = new Session(admin);
    Reply shown = console.get(page);
    assertEquals(200, shown.status(), excerpt(shown));
    assertTrue(shown.body().contains("necklaces"), "the taxonomy is on the page");
    Reply badSlug = console.post(page, shown, add("", "Top " + word, "Top " + word));
    assertTrue(
        badSlug.body().contains("letters and digits in words joined by single hyphens"),
        excerpt(badSlug));
    Reply top = console.post(page, badSlug, add("", "Top " + word, word));
    String topId = scalar("SELECT id FROM categories WHERE slug = ? AND parent_id IS NULL", word);
    Reply child = console.post(page, top, add(topId, "Child " + word, "child-" + word));
    String childId =
        scalar(
            "SELECT id FROM categories WHERE slug = ? AND parent_id = ?",
            "child-" + word,
            Long.parseLong(topId));
    Reply taken = console.post(page, child, add(topId, "Again " + word, "child-" + word));
    assertTrue(taken.body().contains("is taken by another category"), excerpt(taken));

    long listing = db.listing(seller.shopId(), Listing.of("Filed " + word).in("child-" + word));
    Reply renamed = console.post(page, taken, change(childId, "Renamed " + word, "rename"));
    assertEquals(
        "Renamed " + word + "|child-" + word,
        scalar("SELECT name || '|' || slug FROM categories WHERE id = ?", Long.parseLong(childId)));
    assertTrue(
        app.request("GET", "api/categories").send().body().contains("Renamed " + word),
        "the storefront's taxonomy has the new name");
    assertEquals(
        "1",
        scalar(
            "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND payload->>'change' = 'category renamed'",
            listing),
        "search is told to reindex the listing");

    Reply used = console.post(page, renamed, change(childId, "", "delete"));
    assertTrue(used.body().contains("is used by 1 listing"), excerpt(used));
    Reply parent = console.post(page, used, change(topId, "", "delete"));
    assertTrue(parent.body().contains("has 1 sub"), excerpt(parent));
    assertEquals(
        "2",
        scalar(
            "SELECT count(*) FROM categories WHERE id IN (?, ?)",
            Long.parseLong(topId),
            Long.parseLong(childId)));

    Reply spare = console.post(page, parent, add("", "Spare " + word, "spare-" + word));
    String spareId = scalar("SELECT id FROM categories WHERE slug = ?", "spare-" + word);
    Reply moved = console.post(page, spare, change(spareId, "", "up"));
    assertEquals(
        "spare first",
        scalar(
            "SELECT CASE WHEN (SELECT position FROM categories WHERE id = ?) < (SELECT position FROM categories WHERE id = ?)"
                + " THEN 'spare first' ELSE 'top first' END",
            Long.parseLong(spareId),
            Long.parseLong(topId)));
    Reply deleted = console.post(page, moved, change(spareId, "", "delete"));
    assertEquals(200, deleted.status(), excerpt(deleted));
    assertEquals(
        "0", scalar("SELECT count(*) FROM categories WHERE id = ?", Long.parseLong(spareId)));

    assertEquals(
        "category.added,category.added,category.renamed,category.added,category.moved,category.deleted",
        scalar(
            "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE target_type = 'CATEGORY' AND actor_id = ?",
            admin.userId()));
  }

  @Test
  void onlySupportRefundsPartOfAnOrderAndNeverMoreThanIsLeft() throws Exception {
    long listing =
        db.listing(otherSeller.shopId(), Listing.of("Refunded " + word).price("30.00").quantity(5));
    long orderId = Storefront.placeOrder(app, shopper.token(), listing);
    String page = "console/support/order.xhtml?id=" + orderId;
    String paid = scalar("SELECT subtotal + shipping FROM orders WHERE id = ?", orderId);

    for (Account other : List.of(shopper, otherSeller)) {
      assertEquals(403, page(other, page).status(), "the support order page");
      Reply forged = form(other, page, refundForm("Forged " + word, "5.00"), null);
      assertEquals(403, forged.status(), excerpt(forged));
    }
    assertEquals("0.00", scalar("SELECT refunded FROM orders WHERE id = ?", orderId));

    Session console = new Session(support);
    Reply shown = console.get(page);
    assertEquals(200, shown.status(), excerpt(shown));
    assertTrue(
        shown.body().contains("Money trail") && shown.body().contains("CHARGE"), excerpt(shown));
    Reply tooMuch = console.post(page, shown, refundForm("Too much " + word, "100000.00"));
    assertTrue(tooMuch.body().contains("at most the " + paid + " left"), excerpt(tooMuch));
    Reply notMoney = console.post(page, tooMuch, refundForm("Not money " + word, "1.234"));
    assertTrue(notMoney.body().contains("numeric value out of bounds"), excerpt(notMoney));
    assertEquals(
        "0.00",
        scalar("SELECT refunded FROM orders WHERE id = ?", orderId),
        "refused refunds change nothing");

    Reply part = console.post(page, notMoney, refundForm("Part " + word, "5.00"));
    assertEquals(200, part.status(), excerpt(part));
    assertEquals(
        "5.00|PAID", scalar("SELECT refunded || '|' || status FROM orders WHERE id = ?", orderId));
    assertTrue(part.body().contains("Refunded by support: Part " + word), "the trail's memo");
    Reply rest = console.post(page, part, refundForm("Rest " + word, ""));
    assertEquals(200, rest.status(), excerpt(rest));
    assertEquals(
        paid + "|REFUNDED",
        scalar("SELECT refunded || '|' || status FROM orders WHERE id = ?", orderId),
        "no amount refunds all that is left");
  }

  private static Map<String, String> refundForm(String reason, String amount) {
    return Map.of(
        "resolution",
        "resolution",
        "resolution:reason",
        reason,
        "resolution:amount",
        amount,
        "resolution:refund",
        "resolution:refund");
  }

  @Test
  void aSellerSavesTheShippingFormAndEachBrokenRuleIsShownAtItsField() throws Exception {
    String page = "console/seller/shipping.xhtml";
    Session console = new Session(seller);
    Reply shown = console.get(page);
    assertEquals(200, shown.status(), excerpt(shown));
    assertTrue(shown.body().contains("What buyers pay"), excerpt(shown));
    assertTrue(shown.body().contains("To United States"), "the standard profile ships from the US");

    Reply saved =
        console.post(
            page, shown, shippingForm("GB", "3.50", "1.25", "12.00", "4.00", "40", "2", "4"));
    assertEquals(200, saved.status(), excerpt(saved));
    assertEquals(
        "GB|3.50|1.25|12.00|4.00|40.00|2|4",
        shippingRow(seller.shopId()),
        "saved: " + excerpt(saved));
    assertTrue(saved.body().contains("To United Kingdom"), "the preview heads the origin");
    assertTrue(saved.body().contains("6.00"), "3 items at home: 3.50 + 2 x 1.25");
    assertTrue(saved.body().contains("20.00"), "3 items abroad: 12.00 + 2 x 4.00");

    Reply tooPrecise =
        console.post(
            page, saved, shippingForm("GB", "3.505", "1.25", "12.00", "4.00", "40", "2", "4"));
    assertTrue(tooPrecise.body().contains("numeric value out of bounds"), excerpt(tooPrecise));
    Reply backwards =
        console.post(
            page, tooPrecise, shippingForm("GB", "3.50", "1.25", "12.00", "4.00", "40", "9", "4"));
    assertTrue(
        backwards.body().contains("must not be less than processingDaysMin"), excerpt(backwards));
    Reply negative =
        console.post(
            page, backwards, shippingForm("GB", "-1", "1.25", "12.00", "4.00", "40", "2", "4"));
    assertTrue(
        negative.body().contains("must be greater than or equal to 0.00"), excerpt(negative));
    Reply unknownCountry =
        console.post(
            page, negative, shippingForm("ZZ", "3.50", "1.25", "12.00", "4.00", "40", "2", "4"));
    assertEquals(200, unknownCountry.status(), excerpt(unknownCountry));
    assertEquals(
        "GB|3.50|1.25|12.00|4.00|40.00|2|4",
        shippingRow(seller.shopId()),
        "refused forms change nothing");

    Map<String, String> domesticOnly =
        new LinkedHashMap<>(shippingForm("GB", "3.50", "1.25", "", "", "", "1", "2"));
    domesticOnly.remove("shipping:international_input");
    console.post(page, unknownCountry, domesticOnly);
    assertEquals("GB|3.50|1.25|1|2", shippingRow(seller.shopId()), "domestic only, no threshold");

    Reply forged =
        form(shopper, page, shippingForm("US", "0.00", "0.00", "0.00", "0.00", "", "1", "1"), null);
    assertTrue(forged.status() == 403 || forged.status() == 302, excerpt(forged));
    assertEquals("GB|3.50|1.25|1|2", shippingRow(seller.shopId()));
  }

  private static Map<String, String> shippingForm(
      String country,
      String domesticFirst,
      String domesticAdditional,
      String internationalFirst,
      String internationalAdditional,
      String threshold,
      String processingMin,
      String processingMax) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("shipping", "shipping");
    fields.put("shipping:country_input", country);
    fields.put("shipping:domesticFirst", domesticFirst);
    fields.put("shipping:domesticAdditional", domesticAdditional);
    fields.put("shipping:international_input", "on");
    fields.put("shipping:internationalFirst", internationalFirst);
    fields.put("shipping:internationalAdditional", internationalAdditional);
    fields.put("shipping:threshold", threshold);
    fields.put("shipping:processingMin", processingMin);
    fields.put("shipping:processingMax", processingMax);
    fields.put("shipping:saveShipping", "shipping:saveShipping");
    return fields;
  }

  private String shippingRow(long shopId) throws SQLException {
    return scalar(
        "SELECT concat_ws('|', origin_country, domestic_first, domestic_additional,"
            + " international_first, international_additional, free_domestic_threshold,"
            + " processing_days_min, processing_days_max) FROM shipping_profiles WHERE shop_id = ?",
        shopId);
  }

  private static Map<String, String> add(String parentId, String name, String slug) {
    return Map.of(
        "categories", "categories",
        "categories:parent_input", parentId,
        "categories:newName", name,
        "categories:newSlug", slug,
        "categories:create", "categories:create");
  }

  private static Map<String, String> change(String categoryId, String name, String button) {
    return Map.of(
        "categories",
        "categories",
        "categories:category_input",
        categoryId,
        "categories:name",
        name,
        "categories:" + button,
        "categories:" + button);
  }

  private Reply me(String token) {
    return app.request("GET", "api/me").cookie("hm_session", token).send();
  }

  /**
   * A request as curl sends it, over a connection of its own (HTTP/1.1): the status, or 0 when the
   * server refused it at the protocol level. The shared client's HTTP/2 connection is left alone.
   */
  private int noise(String method, String path, Map<String, String> headers, String body)
      throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                        "http://127.0.0.1:" + applicationUrl.getPort() + applicationUrl.getPath())
                    .resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return HTTP_1_1.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException refused) {
      return 0;
    }
  }

  private Reply page(Account account, String path) {
    return app.request("GET", path).cookie("hm_session", account.token()).send();
  }

  /** A form post without a prior GET: no HTTP session, a view state of the caller's choosing. */
  private Reply form(Account account, String path, Map<String, String> fields, String viewState) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (viewState != null) {
      all.put("jakarta.faces.ViewState", viewState);
    }
    return app.request("POST", path)
        .cookie("hm_session", account.token())
        .body("application/x-www-form-urlencoded", encode(all))
        .send();
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String excerpt(Reply reply) {
    String body = reply.body() == null ? "" : reply.body();
    return reply.status()
        + " "
        + reply.header("Location").orElse("")
        + " "
        + body.substring(0, Math.min(body.length(), 600));
  }

  private String scalar(String query, Object... parameters) throws SQLException {
    try (PreparedStatement prepared = db.connection().prepareStatement(query)) {
      for (int i = 0; i < parameters.length; i++) {
        prepared.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = prepared.executeQuery()) {
        assertTrue(rows.next(), query);
        return rows.getString(1);
      }
    }
  }

  /** A browser's cookies: the HTTP session that holds the views, and the marketplace session. */
  private final class Session {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    Session(Account account) {
      if (account != null) {
        cookies.put("hm_session", account.token());
      }
    }

    Reply get(String path) {
      return remember(withCookies(app.request("GET", path)).send());
    }

    Reply getAbsolute(String href) {
      URI base = URI.create(applicationUrl.toString());
      String path =
          href.startsWith(base.getRawPath()) ? href.substring(base.getRawPath().length()) : href;
      return get(path);
    }

    /** Posts the form of the page last shown, with its view state. */
    Reply post(String path, Reply page, Map<String, String> fields) {
      Matcher state = VIEW_STATE.matcher(page.body());
      assertTrue(state.find(), "a view state in " + excerpt(page));
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("jakarta.faces.ViewState", state.group(1));
      Matcher nonce = CSP_NONCE.matcher(page.body());
      if (nonce.find()) {
        all.put("primefaces.nonce", nonce.group(1));
      }
      return remember(
          withCookies(app.request("POST", path))
              .body("application/x-www-form-urlencoded", encode(all))
              .send());
    }

    private ApiClient.Request withCookies(ApiClient.Request request) {
      cookies.forEach(request::cookie);
      return request;
    }

    private Reply remember(Reply reply) {
      reply.cookieValue("JSESSIONID").ifPresent(id -> cookies.put("JSESSIONID", id));
      reply.cookieValue("hm_session").ifPresent(token -> cookies.put("hm_session", token));
      return reply;
    }
  }
}
