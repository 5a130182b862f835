package org.handmademarket.web.console.seller;

import static org.handmademarket.platform.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder averages = JSON.createArrayBuilder();
    for (MonthlyRating month : ratingByMonth()) {
      labels.add(month.month().toString());
      averages.add(month.average());
    }
    return JSON.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("label", "Average stars")
                                .add("data", averages))))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add(
                    "scales",
                    JSON.createObjectBuilder()
                        .add("y", JSON.createObjectBuilder().add("min", 1).add("max", 5)))
                .add(
                    "plugins",
                    JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("display", false))))
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
