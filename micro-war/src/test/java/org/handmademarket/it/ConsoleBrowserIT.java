package org.handmademarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import org.handmademarket.it.support.Authenticators;
import org.handmademarket.it.support.Deployments;
import org.handmademarket.it.support.Mailbox;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in real headless Chromium (Debian's chromium and chromium-driver, installed by
 * web-module/src/main/frontend/scripts/ensure-chromium.sh) on the deployed WAR: a seller signs in,
 * creates a listing with a photo, publishes it and finds it in search through the API, sees a new
 * order pop up while the orders page is open and ships it, sees the order's share pending after the
 * marketplace's fee and connects a payout account; support refunds part of the order and reads its
 * money trail, suspends the shop and the listing leaves search; an admin finds the suspension in
 * the audit log and the order's fee in the fee income. Every page is saved as a screenshot in
 * target/console-screenshots (and the page at a failure as failure.png).
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBrowserIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.marketplace();
  }

  @ArquillianResource URL applicationUrl;

  private ApiClient app;
  private TestCatalogue db;
  private String base;
  private Path screenshots;
  private Path profile;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void chromium() throws Exception {
    app = ApiClient.onLoopback(applicationUrl.toURI());
    db = TestCatalogue.open(System.getProperty("it.db.url"));
    base = "http://127.0.0.1:" + applicationUrl.getPort() + applicationUrl.getPath();
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    screenshots = Files.createDirectories(target.resolve("console-screenshots"));
    Files.deleteIfExists(screenshots.resolve("failure.png"));
    Files.deleteIfExists(screenshots.resolve("failure.html"));
    profile = Files.createTempDirectory(target, "chromium-profile");
    File chromium = new File(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    File driver =
        new File(System.getenv().getOrDefault("CHROMEDRIVER_PATH", "/usr/bin/chromedriver"));
    assertTrue(
        chromium.canExecute() && driver.canExecute(),
        "Chromium and chromium-driver are needed: run web-module/src/main/frontend/scripts/ensure-chromium.sh");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(chromium)
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
    // The console's log, where Chromium reports every Content-Security-Policy violation.
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build(),
            options);
    wait = new WebDriverWait(browser, WAIT);
    // The violation check below reads the console's log: make sure that log is really read.
    browser.executeScript("console.error('log channel check')");
    assertTrue(
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .anyMatch(entry -> entry.getMessage().contains("log channel check")),
        "Chromium's console log is readable");
  }

  @AfterEach
  void quit() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    db.close();
  }

  @Test
  void aSellerRunsTheShopAndSupportHandlesAProblem() throws Exception {
    try {
      sellerAndSupportFlow();
    } catch (AssertionError | RuntimeException e) {
      screenshot("failure");
      Files.writeString(screenshots.resolve("failure.html"), browser.getPageSource());
      throw e;
    }
  }

  private void sellerAndSupportFlow() throws Exception {
    String word = Storefront.uniqueWord();
    String seller = register("seller");
    Mailbox.ofTheTests().confirmAddress(app, seller);
    String sellerToken = signInThroughApi(seller);
    assertEquals(
        201,
        app.request("POST", "api/seller/shop")
            .bearer(sellerToken)
            .json(
                "{\"name\": \"Browser Pottery " + word + "\", \"tagline\": \"Stoneware by hand\"}")
            .send()
            .status());
    String agent = register("support");
    grant(agent, "SUPPORT");
    String admin = register("admin");
    grant(admin, "ADMIN");
    // The admin set up an authenticator app before (through the API): the console asks its code.
    String adminAuthenticator = Authenticators.enrolAtSignIn(app, admin, PASSWORD).secret();
    Account shopper = db.account();

    signIn(seller);
    screenshot("index");

    open("console/seller/listing.xhtml");
    type("listing:title", "Speckled mug " + word);
    type("listing:description", "Thrown on the wheel, glazed in speckled white.");
    // The first leaf category, chosen through the menu widget's own API: a click on an item can
    // land
    // while the overlay is still opening.
    browser.executeScript(
        "var menu = PrimeFaces.getWidgetById('listing:category');"
            + " menu.selectValue(menu.input.find('option').eq(1).val());");
    wait.until(
        driver ->
            !driver.findElement(By.id("listing:category_label")).getText().startsWith("Choose"));
    type("listing:price_input", "24.50");
    browser
        .findElement(By.id("listing:quantity_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
    screenshot("listing-new");
    browser.findElement(By.id("listing:save")).click();
    wait.until(ExpectedConditions.urlContains("id="));
    long listingId =
        Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));

    Path photo = Path.of("src/test/resources/images/listing-photo.webp").toAbsolutePath();
    browser.findElement(By.id("photos:upload_input")).sendKeys(photo.toString());
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#photos\\:gallery img.console-thumb")));
    browser.findElement(By.id("listing:publish")).click();
    wait.until(ExpectedConditions.textToBe(By.id("listing:status"), "ACTIVE"));
    screenshot("listing");
    Eventually.await(
        "the new listing in search",
        WAIT,
        () -> Storefront.searchTotal(app, word),
        total -> total == 1);

    open("console/seller/listings.xhtml");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("listings:table"), "Speckled mug " + word));
    wait.until(
        driver ->
            ((Number)
                        browser.executeScript(
                            "var photo = document.querySelector('[id=\"listings:table\"] img.console-thumb');"
                                + " return photo && photo.complete ? photo.naturalWidth : 0;"))
                    .intValue()
                > 0);
    screenshot("listings");

    open("console/seller/orders.xhtml");
    // The order is placed once the page's push socket is open (the template marks the body then).
    wait.until(
        driver ->
            "connected".equals(browser.executeScript("return document.body.dataset.newOrders")));
    long orderId = Storefront.placeOrder(app, shopper.token(), listingId);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "New order #" + orderId));
    screenshot("orders");

    open("console/seller/order.xhtml?id=" + orderId);
    type("ship:carrier", "Royal Mail");
    type("ship:tracking", "RM" + word);
    browser.findElement(By.id("ship:markShipped")).click();
    wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "SHIPPED"));
    screenshot("order");
    assertEquals("SHIPPED", scalar("SELECT status FROM orders WHERE id = ?", orderId));

    open("console/seller/payouts.xhtml");
    BigDecimal paid =
        new BigDecimal(scalar("SELECT subtotal + shipping FROM orders WHERE id = ?", orderId));
    BigDecimal fee = paid.multiply(new BigDecimal("0.065")).setScale(2, RoundingMode.HALF_UP);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#historyChart canvas")));
    assertEquals("6.5 %", browser.findElement(By.id("feePercent")).getText().strip());
    assertEquals(
        dollars(paid.subtract(fee)),
        browser.findElement(By.id("pending")).getText().strip(),
        "the order's share is pending until the hold is over");
    assertEquals(
        dollars(BigDecimal.ZERO), browser.findElement(By.id("available")).getText().strip());
    String feeRow = browser.findElement(By.id("orders")).getText();
    assertTrue(
        feeRow.contains("Order " + orderId) && feeRow.contains(fee.toPlainString()),
        "the order's fee in " + feeRow);
    assertTrue(browser.findElement(By.id("recentPayouts")).getText().contains("No payouts yet."));
    browser.findElement(By.id("account:connect")).click();
    wait.until(ExpectedConditions.textToBe(By.id("account:provider"), "sandbox"));
    assertEquals(
        "sandbox",
        scalar(
            "SELECT a.provider FROM payout_accounts a JOIN products l ON l.shop_id = a.shop_id"
                + " WHERE l.id = ?",
            listingId));
    screenshot("payouts");

    long reviewId = reviewedDelivery(sellerToken, shopper, listingId, word);
    open("console/seller/reviews.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratingChart canvas")));
    type("reviews:table:0:reply", "Thank you " + word);
    browser.findElement(By.id("reviews:table:0:saveReply")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "Reply saved"));
    screenshot("seller-reviews");
    assertEquals(
        "Thank you " + word,
        scalar("SELECT body FROM review_replies WHERE review_id = ?", reviewId));

    open("console/seller/dashboard.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#salesChart canvas")));
    assertEquals(
        "0",
        browser.findElement(By.id("openOrders")).getText().strip(),
        "a shipped order waits no more");
    screenshot("dashboard");

    open("console/seller/shop.xhtml");
    WebElement tagline = browser.findElement(By.id("shop:tagline"));
    tagline.clear();
    tagline.sendKeys("Live preview " + word);
    wait.until(
        ExpectedConditions.textToBe(By.id("preview:previewTagline"), "Live preview " + word));
    screenshot("shop-settings");

    open("console/seller/shipping.xhtml");
    browser.executeScript("PrimeFaces.getWidgetById('shipping:country').selectValue('GB');");
    wait.until(ExpectedConditions.textToBe(By.id("shipping:country_label"), "United Kingdom"));
    type("shipping:domesticFirst", "3.50");
    type("shipping:domesticAdditional", "1.25");
    browser.executeScript("PrimeFaces.getWidgetById('shipping:international').check();");
    type("shipping:internationalFirst", "12.00");
    type("shipping:internationalAdditional", "4.00");
    type("shipping:threshold", "40");
    type("shipping:processingMin", "2");
    type("shipping:processingMax", "4");
    browser.findElement(By.id("shipping:saveShipping")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "Shipping saved"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("shipping:previewTable"), "20.00"));
    screenshot("shipping");
    assertEquals(
        "GB|3.50|12.00|40.00",
        scalar(
            "SELECT concat_ws('|', p.origin_country, p.domestic_first, p.international_first,"
                + " p.free_domestic_threshold) FROM shipping_profiles p JOIN products l"
                + " ON l.shop_id = p.shop_id WHERE l.id = ?",
            listingId));

    browser.manage().deleteAllCookies();
    // The agent's first sign-in sets up the authenticator app in the console itself.
    signInSettingUpAnAuthenticator(agent);
    open("console/support/finder.xhtml");
    type("finder:query", "Browser Pottery " + word);
    browser.findElement(By.id("finder:search")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Browser Pottery " + word)));
    screenshot("finder");

    open("console/support/order.xhtml?id=" + orderId);
    assertEquals(
        paid.toPlainString(), browser.findElement(By.id("resolution:refundable")).getText());
    type("resolution:reason", "Arrived chipped " + word);
    type("resolution:amount", "10.00");
    browser.findElement(By.id("resolution:refund")).click();
    wait.until(ExpectedConditions.textToBe(By.id("resolution:refunded"), "10.00"));
    assertEquals(
        paid.subtract(BigDecimal.TEN).toPlainString(),
        browser.findElement(By.id("resolution:refundable")).getText());
    assertEquals(
        "SHIPPED", browser.findElement(By.id("orderStatus")).getText(), "part of it refunded");
    String trail = browser.findElement(By.id("trail")).getText();
    assertTrue(trail.contains("CHARGE") && trail.contains("REFUND"), trail);
    assertTrue(trail.contains("-10.00"), "the money leaves the provider: " + trail);
    assertTrue(trail.contains("Arrived chipped " + word), "the refund's memo: " + trail);
    assertEquals(
        "10.00",
        scalar("SELECT refunded FROM orders WHERE id = ?", orderId),
        "the order keeps what was refunded");
    screenshot("support-order");

    open("console/support/reviews.xhtml");
    type("queue:table:0:reason", "Names another shopper " + word);
    browser.findElement(By.id("queue:table:0:hide")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-growl"), "Review hidden"));
    screenshot("support-reviews");
    assertEquals(
        "Names another shopper " + word,
        scalar("SELECT hidden_reason FROM reviews WHERE id = ?", reviewId));

    open("console/support/finder.xhtml?q=" + "Browser+Pottery+" + word);
    browser.findElement(By.linkText("Browser Pottery " + word)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moderation:reason")));
    type("moderation:reason", "Counterfeit goods " + word);
    browser.findElement(By.id("moderation:suspend")).click();
    wait.until(ExpectedConditions.textToBe(By.id("shopStatus"), "SUSPENDED"));
    screenshot("support-shop");
    Eventually.await(
        "the suspended shop's listing gone from search",
        WAIT,
        () -> Storefront.searchTotal(app, word),
        total -> total == 0);

    browser.manage().deleteAllCookies();
    signInWithCode(admin, adminAuthenticator);
    open("console/admin/audit.xhtml");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("audit:table"), "Counterfeit goods " + word));
    assertTrue(
        browser.findElement(By.id("audit:table")).getText().contains("Arrived chipped " + word));
    screenshot("audit");
    open("console/admin/fees.xhtml?days=7");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fees\\:feesChart canvas")));
    BigDecimal feeKept =
        fee.subtract(fee.multiply(BigDecimal.TEN).divide(paid, 2, RoundingMode.HALF_UP));
    BigDecimal feesThisWeek =
        new BigDecimal(
            browser.findElement(By.id("fees:table:totalFees")).getText().replace(",", ""));
    assertTrue(
        feesThisWeek.compareTo(feeKept) >= 0,
        "the week's fees (" + feesThisWeek + ") hold this order's " + feeKept);
    screenshot("fees");
    open("console/admin/reindex.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reindex:bar")));
    screenshot("reindex");
    open("console/admin/staff.xhtml");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff:support"), agent));
    screenshot("staff");
    open("console/admin/categories.xhtml");
    type("categories:newName", "Browser " + word);
    browser.findElement(By.id("categories:create")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("categories:tree"), "browser-" + word));
    browser
        .findElement(
            By.xpath("//tbody[@id='categories:tree_data']/tr[td[normalize-space()='Mugs & Cups']]"))
        .click();
    // The row's select event re-renders the form, so the field is looked up afresh on each try.
    wait.until(
        ExpectedConditions.refreshed(
            ExpectedConditions.attributeToBe(By.id("categories:name"), "value", "Mugs & Cups")));
    browser.executeScript("window.scrollTo(0, 0)");
    screenshot("categories");

    browser.manage().deleteAllCookies();
    open("console/signin.xhtml");
    screenshot("signin");
  }

  /**
   * A second order of the listing, shipped and delivered by the seller and reviewed by the buyer.
   */
  private long reviewedDelivery(String sellerToken, Account buyer, long listingId, String word) {
    long orderId = Storefront.placeOrder(app, buyer.token(), listingId);
    assertEquals(
        200,
        app.request("POST", "api/seller/orders/" + orderId + "/ship")
            .bearer(sellerToken)
            .json("{\"carrier\": \"Royal Mail\", \"trackingNumber\": \"RR" + word + "\"}")
            .send()
            .status());
    assertEquals(
        200,
        app.request("POST", "api/seller/orders/" + orderId + "/deliver")
            .bearer(sellerToken)
            .send()
            .status());
    long itemId =
        app.request("GET", "api/orders/" + orderId)
            .bearer(buyer.token())
            .send()
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("itemId")
            .longValue();
    Reply review =
        app.request("POST", "api/reviews")
            .bearer(buyer.token())
            .json(
                "{\"orderItemId\": "
                    + itemId
                    + ", \"stars\": 4, \"text\": \"Lovely "
                    + word
                    + "\"}")
            .send();
    assertEquals(201, review.status(), review.body());
    return review.json().getJsonNumber("id").longValue();
  }

  private void signIn(String email) {
    open("console/signin.xhtml");
    type("signin:email", email);
    type("signin:password", PASSWORD);
    browser.findElement(By.id("signin:submit")).click();
    wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
  }

  private void signInSettingUpAnAuthenticator(String email) throws IOException {
    open("console/signin.xhtml");
    type("signin:email", email);
    type("signin:password", PASSWORD);
    browser.findElement(By.id("signin:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code:qr")));
    wait.until(
        driver ->
            ((Number)
                        browser.executeScript(
                            "return document.getElementById('code:qr').naturalWidth"))
                    .intValue()
                > 0);
    screenshot("signin-enrol");
    String secret = browser.findElement(By.id("code:secret")).getText();
    type("code:totp", Authenticators.code(secret, 0));
    browser.findElement(By.id("code:verify")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recovery-codes li"), 10));
    screenshot("signin-recovery-codes");
    browser.findElement(By.id("recovery:continue")).click();
    wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
  }

  private void signInWithCode(String email, String secret) throws IOException {
    open("console/signin.xhtml");
    type("signin:email", email);
    type("signin:password", PASSWORD);
    browser.findElement(By.id("signin:submit")).click();
    type("code:totp", "000000".equals(Authenticators.code(secret, 1)) ? "111111" : "000000");
    browser.findElement(By.id("code:verify")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("code:messages"), "wrong"));
    screenshot("signin-wrong-code");
    type("code:totp", Authenticators.code(secret, 1));
    browser.findElement(By.id("code:verify")).click();
    wait.until(ExpectedConditions.urlContains("/console/index.xhtml"));
  }

  private void open(String page) {
    browser.get(base + page);
  }

  private void type(String id, String text) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
  }

  private void screenshot(String page) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), screenshots.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
    if (!page.equals("failure")) {
      assertNoPolicyViolation(page);
    }
  }

  /**
   * Every page works under the console's Content-Security-Policy without the browser blocking
   * anything: a blocked script or style would break a dialog, an ajax update or a chart in ways the
   * flow might not notice.
   */
  private void assertNoPolicyViolation(String page) {
    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> message.contains("Content Security Policy"))
            .toList();
    assertEquals(List.of(), violations, "CSP violations up to the page " + page);
  }

  private String register(String who) {
    String email = who + "-" + UUID.randomUUID() + "@example.test";
    Reply registered =
        app.postJson(
            "api/auth/register",
            "{\"email\": \""
                + email
                + "\", \"displayName\": \""
                + who
                + "\", \"password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(201, registered.status(), registered.body());
    return email;
  }

  private String signInThroughApi(String email) {
    Reply signedIn =
        app.postJson(
            "api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
    assertEquals(200, signedIn.status(), signedIn.body());
    return signedIn.json().getString("token");
  }

  private void grant(String email, String role) throws SQLException {
    try (PreparedStatement insert =
        db.connection()
            .prepareStatement(
                "INSERT INTO user_roles (user_id, role) SELECT id, ? FROM users WHERE email = ?")) {
      insert.setString(1, role);
      insert.setString(2, email);
      assertEquals(1, insert.executeUpdate());
    }
  }

  private static String dollars(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }

  private String scalar(String query, long id) throws SQLException {
    try (PreparedStatement prepared = db.connection().prepareStatement(query)) {
      prepared.setLong(1, id);
      try (var rows = prepared.executeQuery()) {
        assertTrue(rows.next(), query);
        return rows.getString(1);
      }
    }
  }
}
