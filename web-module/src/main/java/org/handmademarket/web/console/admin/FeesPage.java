package org.handmademarket.web.console.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.handmademarket.payments.ledger.DayTotals;
import org.handmademarket.payments.payout.FeeIncome;
import org.handmademarket.platform.money.Money;
import org.handmademarket.web.console.DayTotalsChart;
import org.handmademarket.web.console.DayTotalsChart.Series;

/** The marketplace's fee income by day over the last 7, 30 or 90 days, with the period's totals. */
@Named
@ViewScoped
public class FeesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The periods the page offers; any other is not asked of the ledger. */
  private static final List<Integer> PERIODS = List.of(7, 30, 90);

  @Inject FeeIncome income;

  private int days = 30;
  private List<DayTotals> totals;

  /** The page's view action, and the period selector's. */
  public void load() {
    if (!PERIODS.contains(days)) {
      days = 30;
    }
    totals = income.byDay(days);
  }

  public List<DayTotals> getTotals() {
    return totals;
  }

  public String getChart() {
    return DayTotalsChart.json(totals, Series.SALES, Series.FEES, Series.REFUNDS);
  }

  public BigDecimal getSales() {
    return sum(DayTotals::sales);
  }

  public BigDecimal getFees() {
    return sum(DayTotals::fees);
  }

  public BigDecimal getRefunds() {
    return sum(DayTotals::refunds);
  }

  public BigDecimal getPayouts() {
    return sum(DayTotals::payouts);
  }

  private BigDecimal sum(Function<DayTotals, BigDecimal> column) {
    return totals.stream().map(column).reduce(Money.ZERO, BigDecimal::add);
  }

  public List<Integer> getPeriods() {
    return PERIODS;
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }
}
