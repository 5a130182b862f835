package org.handmademarket.web.console.seller;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handmademarket.catalog.listing.ListingCard;
import org.handmademarket.catalog.listing.ListingStatus;
import org.handmademarket.catalog.seller.ListingEditing;
import org.handmademarket.catalog.seller.ListingFilter;
import org.handmademarket.platform.errors.InvalidField;
import org.handmademarket.web.console.Messages;
import org.handmademarket.web.console.PagedTable;
import org.primefaces.event.RowEditEvent;
import org.primefaces.model.LazyDataModel;

/**
 * The seller's listings table: inline price and stock, publish and deactivate, one or many at once.
 */
@Named
@ViewScoped
public class ListingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ListingEditing listings;

  private LazyDataModel<ListingCard> table;
  private List<ListingCard> selected = new ArrayList<>();
  private final Map<Long, BigDecimal> prices = new HashMap<>();
  private final Map<Long, Integer> quantities = new HashMap<>();

  @PostConstruct
  void init() {
    table =
        new PagedTable<>(
            query ->
                listings.mine(
                    new ListingFilter(
                        query.filter("title"),
                        status(query.filter("status")),
                        query.sortField(),
                        query.descending()),
                    query.page()),
            ListingCard::id,
            rows ->
                rows.forEach(
                    row -> {
                      prices.put(row.id(), row.price());
                      quantities.put(row.id(), row.quantity());
                    }));
  }

  /** A row's price and quantity were edited in place: only what changed is written. */
  public void saveRow(RowEditEvent<ListingCard> event) {
    ListingCard row = event.getObject();
    BigDecimal price = prices.get(row.id());
    Integer quantity = quantities.get(row.id());
    if (price != null && price.compareTo(row.price()) != 0) {
      listings.reprice(row.id(), price);
    }
    if (quantity != null && quantity != row.quantity()) {
      listings.changeQuantity(row.id(), quantity);
    }
    Messages.done("Saved " + row.title());
  }

  public void publish(long id) {
    listings.publish(id);
    Messages.done("Published");
  }

  public void deactivate(long id) {
    listings.deactivate(id);
    Messages.done("Deactivated");
  }

  public void publishSelected() {
    selected.forEach(listing -> listings.publish(listing.id()));
    Messages.done("Published " + selected.size() + " listing(s)");
    selected = new ArrayList<>();
  }

  public void deactivateSelected() {
    selected.forEach(listing -> listings.deactivate(listing.id()));
    Messages.done("Deactivated " + selected.size() + " listing(s)");
    selected = new ArrayList<>();
  }

  private static ListingStatus status(String name) {
    if (name == null) {
      return null;
    }
    return Arrays.stream(ListingStatus.values())
        .filter(status -> status.name().equals(name))
        .findFirst()
        .orElseThrow(() -> InvalidField.of("status", "no such status"));
  }

  public boolean canPublish(ListingCard listing) {
    return ListingStatus.DRAFT.name().equals(listing.status())
        || ListingStatus.INACTIVE.name().equals(listing.status());
  }

  public boolean canDeactivate(ListingCard listing) {
    return ListingStatus.valueOf(listing.status()).isPublished();
  }

  public ListingStatus[] getStatuses() {
    return ListingStatus.values();
  }

  public Map<Long, BigDecimal> getPrices() {
    return prices;
  }

  public Map<Long, Integer> getQuantities() {
    return quantities;
  }

  public LazyDataModel<ListingCard> getTable() {
    return table;
  }

  public List<ListingCard> getSelected() {
    return selected;
  }

  public void setSelected(List<ListingCard> selected) {
    this.selected = selected;
  }
}
