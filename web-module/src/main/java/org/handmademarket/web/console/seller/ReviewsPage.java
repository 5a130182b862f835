package org.handmademarket.web.console.seller;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handmademarket.reviews.MonthlyRating;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.reviews.SellerReplies;
import org.handmademarket.web.console.Messages;
import org.handmademarket.web.console.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The reviews of the seller's shop, newest first, each with the shop's one public reply. */
@Named("sellerReviewsPage")
@ViewScoped
public class ReviewsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SellerReplies replies;

  private LazyDataModel<ReviewView> table;
  private final Map<Long, String> drafts = new HashMap<>();
  private transient List<MonthlyRating> months;

  @PostConstruct
  void init() {
    table =
        new PagedTable<>(
            query -> replies.ofMyShop(query.page()),
            ReviewView::id,
            rows ->
                rows.forEach(
                    row -> drafts.put(row.id(), row.reply() == null ? "" : row.reply().text())));
  }

  /** Writes the row's reply, or changes the one written before. */
  public void reply(long reviewId) {
    replies.reply(reviewId, drafts.get(reviewId));
    Messages.done("Reply saved");
  }

  /** The shop's average stars per month over the last year, as a Chart.js line chart. */
  public String getRatingChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder averages = Json.createArrayBuilder();
    for (MonthlyRating month : ratingByMonth()) {
      labels.add(month.month().toString());
      averages.add(month.average());
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", "Average stars")
                                .add("data", averages))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 1).add("max", 5)))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }

  /** Whether the shop has reviews from the last year to chart. */
  public boolean isRatingChartShown() {
    return !ratingByMonth().isEmpty();
  }

  /** Read once per view: the chart and its condition ask several times per render. */
  private List<MonthlyRating> ratingByMonth() {
    if (months == null) {
      months = replies.ratingByMonth();
    }
    return months;
  }

  public LazyDataModel<ReviewView> getTable() {
    return table;
  }

  public Map<Long, String> getDrafts() {
    return drafts;
  }
}
