package org.handmademarket.web.console.seller;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.Serializable;
import org.handmademarket.checkout.dashboard.SellerDashboard;
import org.handmademarket.checkout.dashboard.SellerDashboard.Figures;

/** The seller's dashboard: the figures, and two Chart.js charts drawn by p:chart from JSON. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SellerDashboard dashboard;

  private Figures figures;

  /** The page's view action. */
  public void load() {
    figures = dashboard.figures();
  }

  public Figures getFigures() {
    return figures;
  }

  public int getLowStock() {
    return SellerDashboard.LOW_STOCK;
  }

  /** Sales per day over the last 30 days, as a line chart. */
  public String getSalesChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder sales = JSON.createArrayBuilder();
    figures
        .salesPerDay()
        .forEach(
            day -> {
              labels.add(day.day().toString());
              sales.add(day.sales());
            });
    return chart("line", labels, "Sales per day", sales).toString();
  }

  /** The listings that brought in most, as a bar chart. */
  public String getTopChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder revenue = JSON.createArrayBuilder();
    figures
        .topListings()
        .forEach(
            listing -> {
              labels.add(listing.title());
              revenue.add(listing.revenue());
            });
    return chart("bar", labels, "Revenue", revenue).toString();
  }

  private static JsonObject chart(
      String type, JsonArrayBuilder labels, String series, JsonArrayBuilder values) {
    return JSON.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", series).add("data", values))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                // Drawn at once: figures a seller glances at need no animation.
                .add("animation", false)
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", false))))
        .build();
  }
}
