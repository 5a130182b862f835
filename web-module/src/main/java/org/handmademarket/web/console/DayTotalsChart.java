package org.handmademarket.web.console;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.handmademarket.payments.ledger.DayTotals;

/**
 * Money by day as a Chart.js line chart for p:chart, one line per chosen series: the seller's
 * payouts page and the admin's fees page draw the same ledger totals.
 */
public final class DayTotalsChart {

  /** The columns of {@link DayTotals} a chart can draw. */
  public enum Series {
    SALES("Sales", DayTotals::sales),
    FEES("Fees", DayTotals::fees),
    REFUNDS("Refunds", DayTotals::refunds),
    PAYOUTS("Payouts", DayTotals::payouts);

    private final String label;
    private final Function<DayTotals, BigDecimal> value;

    Series(String label, Function<DayTotals, BigDecimal> value) {
      this.label = label;
      this.value = value;
    }
  }

  private DayTotalsChart() {}

  /** The chart's JSON, days in the order given. */
  public static String json(List<DayTotals> days, Series... series) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    days.forEach(day -> labels.add(day.day().toString()));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series one : series) {
      JsonArrayBuilder values = JSON.createArrayBuilder();
      days.forEach(day -> values.add(one.value.apply(day)));
      datasets.add(JSON.createObjectBuilder().add("label", one.label).add("data", values));
    }
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                // Drawn at once, as on the dashboard: figures glanced at need no animation.
                .add("animation", false))
        .build()
        .toString();
  }
}
