package org.handmademarket.web.console.seller;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.handmademarket.payments.payout.PayoutAccount;
import org.handmademarket.payments.payout.PayoutAccounts;
import org.handmademarket.payments.payout.PayoutSummary;
import org.handmademarket.payments.payout.SellerPayouts;
import org.handmademarket.web.console.DayTotalsChart;
import org.handmademarket.web.console.DayTotalsChart.Series;
import org.handmademarket.web.console.Messages;

/**
 * The seller's money: balance, payout account, recent payouts, each recent order's fee and the last
 * days as a chart. Connecting the payout account hands back the provider's onboarding page, which
 * is kept to be linked until the seller leaves the page.
 */
@Named
@ViewScoped
public class PayoutsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PATH = "/console/seller/payouts.xhtml";

  @Inject SellerPayouts payouts;
  @Inject PayoutAccounts accounts;

  private PayoutSummary summary;
  private String onboardingUrl;

  /** The page's view action. */
  public void load() {
    summary = payouts.mine();
  }

  public void connect() {
    PayoutAccount account = accounts.connectMine(returnUrl());
    onboardingUrl = account.onboardingUrl();
    summary = payouts.mine();
    Messages.done("Payout account connected");
  }

  /**
   * Where the provider's onboarding sends the seller back: this page, as the browser reached it.
   */
  private static String returnUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestScheme()
        + "://"
        + external.getRequestServerName()
        + ":"
        + external.getRequestServerPort()
        + external.getRequestContextPath()
        + PATH;
  }

  public PayoutSummary getSummary() {
    return summary;
  }

  public String getOnboardingUrl() {
    return onboardingUrl;
  }

  /** Sales, fees and payouts by day. */
  public String getHistoryChart() {
    return DayTotalsChart.json(summary.history(), Series.SALES, Series.FEES, Series.PAYOUTS);
  }
}
