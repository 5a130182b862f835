package org.handmademarket.web.console.seller;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.Serializable;
import org.handmademarket.checkout.SellerDashboard;
import org.handmademarket.checkout.SellerDashboard.Figures;

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
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder sales = Json.createArrayBuilder();
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
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder revenue = Json.createArrayBuilder();
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
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", series).add("data", values))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                // Drawn at once: figures a seller glances at need no animation.
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build();
  }
}
