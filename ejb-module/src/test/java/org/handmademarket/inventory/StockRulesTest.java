package org.handmademarket.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockRulesTest {

  @Test
  void sellersSetStockFromZeroToTheMaximum() {
    assertTrue(StockRules.isSettable(0));
    assertTrue(StockRules.isSettable(StockRules.MAX_QUANTITY));
    assertFalse(StockRules.isSettable(-1));
    assertFalse(StockRules.isSettable(StockRules.MAX_QUANTITY + 1));
  }

  @Test
  void anActiveListingSellsOutAtZeroAndComesBackWithStock() {
    assertEquals("SOLD_OUT", StockRules.statusFor("ACTIVE", 0));
    assertEquals("ACTIVE", StockRules.statusFor("ACTIVE", 3));
    assertEquals("ACTIVE", StockRules.statusFor("SOLD_OUT", 1));
    assertEquals("SOLD_OUT", StockRules.statusFor("SOLD_OUT", 0));
  }

  @Test
  void draftsAndInactiveListingsKeepTheirStatusWhateverTheStock() {
    assertEquals("DRAFT", StockRules.statusFor("DRAFT", 0));
    assertEquals("DRAFT", StockRules.statusFor("DRAFT", 5));
    assertEquals("INACTIVE", StockRules.statusFor("INACTIVE", 0));
    assertEquals("INACTIVE", StockRules.statusFor("INACTIVE", 5));
  }

  @Test
  void onlyAnActiveListingHasStockToSell() {
    assertEquals(4, StockRules.available("ACTIVE", 4));
    assertEquals(0, StockRules.available("DRAFT", 4));
    assertEquals(0, StockRules.available("INACTIVE", 4));
    assertEquals(0, StockRules.available("SOLD_OUT", 0));
  }
}
