package org.handmademarket.web.console.support;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.handmademarket.reviews.ReviewModeration;
import org.handmademarket.reviews.ReviewView;
import org.handmademarket.web.console.Messages;
import org.handmademarket.web.console.PagedTable;
import org.primefaces.model.LazyDataModel;

/**
 * Support's moderation queue: every review newest first (or only the hidden or the visible ones),
 * hidden and restored with a reason the author is shown and the audit log keeps.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewModeration moderation;

  private LazyDataModel<ReviewView> table;
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void init() {
    table =
        new PagedTable<>(
            query -> moderation.queue(visibility(query.filter("hiddenReason")), query.page()),
            ReviewView::id);
  }

  public void hide(long reviewId) {
    moderation.hideReview(reviewId, reasons.remove(reviewId));
    Messages.done("Review hidden");
  }

  public void restore(long reviewId) {
    moderation.restoreReview(reviewId, reasons.remove(reviewId));
    Messages.done("Review restored");
  }

  public void hideReply(long reviewId) {
    moderation.hideReply(reviewId, reasons.remove(reviewId));
    Messages.done("Reply hidden");
  }

  public void restoreReply(long reviewId) {
    moderation.restoreReply(reviewId, reasons.remove(reviewId));
    Messages.done("Reply restored");
  }

  public LazyDataModel<ReviewView> getTable() {
    return table;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** The visibility filter's value: HIDDEN, VISIBLE or none for all. */
  private static Boolean visibility(String filter) {
    return filter == null ? null : filter.equals("HIDDEN");
  }
}
