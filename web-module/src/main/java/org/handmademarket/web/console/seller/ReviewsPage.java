package org.handmademarket.web.console.seller;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
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

  public LazyDataModel<ReviewView> getTable() {
    return table;
  }

  public Map<Long, String> getDrafts() {
    return drafts;
  }
}
