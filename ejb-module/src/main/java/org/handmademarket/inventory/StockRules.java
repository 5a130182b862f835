package org.handmademarket.inventory;

/**
 * The pure rules of stock, kept apart from locking and persistence so they can be tested alone.
 *
 * <p>The catalogue owns a listing's lifecycle (draft, published, deactivated); inventory owns only
 * the edge that stock drives: an active listing whose stock runs out is sold out, and a sold-out
 * listing whose stock comes back is active again. Drafts and inactive listings keep their status
 * whatever their stock.
 */
public final class StockRules {

  /** The most a seller may keep in stock of one listing; more is almost certainly a typo. */
  public static final int MAX_QUANTITY = 9_999;

  static final String ACTIVE = "ACTIVE";
  static final String SOLD_OUT = "SOLD_OUT";

  private StockRules() {}

  /** Whether a seller may set this quantity. */
  public static boolean isSettable(int quantity) {
    return quantity >= 0 && quantity <= MAX_QUANTITY;
  }

  /** The listing status that follows from a new quantity. */
  static String statusFor(String status, int quantity) {
    if (ACTIVE.equals(status) && quantity == 0) {
      return SOLD_OUT;
    }
    if (SOLD_OUT.equals(status) && quantity > 0) {
      return ACTIVE;
    }
    return status;
  }

  /** How many a shopper can buy now: only an active listing sells. */
  static int available(String status, int quantity) {
    return ACTIVE.equals(status) ? quantity : 0;
  }
}
