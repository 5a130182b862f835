package org.handmademarket.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.handmademarket.web.storefront.StorefrontRouting.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorefrontRoutingTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    // the root and the client routes get index.html
    "GET, /, INDEX",
    "GET, '', INDEX",
    "GET, /index.html, INDEX",
    "GET, /search, INDEX",
    "HEAD, /search, INDEX",
    "GET, /products/12, INDEX",
    "GET, /shops/some-shop, INDEX",
    "GET, /cart, INDEX",
    "GET, /orders/confirmation, INDEX",
    "GET, /apiary, INDEX",
    "GET, /healthy-living, INDEX",
    // hashed assets are cached for a year
    "GET, /assets/index-OvLzinlb.js, HASHED_ASSET",
    "GET, /assets/index-BzA0fv3k.css, HASHED_ASSET",
    // the API, the console and the server's endpoints pass untouched
    "GET, /api, PASS",
    "GET, /api/categories, PASS",
    "GET, /api/products/12, PASS",
    "GET, /console, PASS",
    "GET, /console/listings.xhtml, PASS",
    "GET, /jakarta.faces.resource/theme.css.xhtml, PASS",
    "GET, /openapi, PASS",
    "GET, /health, PASS",
    "GET, /health/ready, PASS",
    "GET, /metrics, PASS",
    "GET, /WEB-INF/web.xml, PASS",
    "GET, /api;jsessionid=1, PASS",
    // files are served as they are (or 404), never replaced by the app page
    "GET, /favicon.svg, PASS",
    "GET, /robots.txt, PASS",
    "GET, /products/missing.png, PASS",
    // writes are never the storefront's
    "POST, /search, PASS",
    "POST, /api/cart/items, PASS",
    "DELETE, /cart, PASS",
    "OPTIONS, /, PASS",
  })
  void routes(String method, String path, Route expected) {
    assertEquals(expected, StorefrontRouting.route(method, path));
  }
}
