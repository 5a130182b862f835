package org.handmademarket.inventory;

import java.time.OffsetDateTime;

/**
 * What buyers hold of one listing while they pay: {@code quantity} pieces, the first of the holds
 * ending at {@code earliestEnd} (null when nothing is held).
 */
public record HeldStock(int quantity, OffsetDateTime earliestEnd) {

  public static final HeldStock NONE = new HeldStock(0, null);
}
