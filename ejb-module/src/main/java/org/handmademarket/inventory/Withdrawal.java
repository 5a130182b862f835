package org.handmademarket.inventory;

import java.util.List;

/**
 * The outcome of taking several lines out of stock at once: either every line was taken, or none
 * was and the shortages say why. A refusal is a result, not an exception, so that a checkout can
 * answer with the shortages (and roll its own transaction back) as it sees fit.
 */
public sealed interface Withdrawal {

  /** Every line was taken out of stock. */
  record Taken(List<WithdrawnStock> lines) implements Withdrawal {
    public Taken {
      lines = List.copyOf(lines);
    }
  }

  /** Nothing was taken: these lines are short. */
  record Refused(List<Shortage> shortages) implements Withdrawal {
    public Refused {
      shortages = List.copyOf(shortages);
    }
  }
}
