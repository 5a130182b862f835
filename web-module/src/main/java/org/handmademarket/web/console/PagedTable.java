package org.handmademarket.web.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table whose rows come a page at a time from a service, sorted and filtered there:
 * the browser never holds more than the page it shows.
 */
public class PagedTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Asks the service for one page. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(Query query);
  }

  /** Tells a page about the rows it shows, e.g. to seed inline editors. */
  @FunctionalInterface
  public interface Listener<T> extends Serializable {
    void loaded(List<T> rows);
  }

  /** Names a row for selection. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    long of(T row);
  }

  /** What the table asks for: a page, the sorted column and the column filters. */
  public record Query(PageRequest page, Optional<SortMeta> sort, Map<String, FilterMeta> filters) {

    /** The text typed or chosen in a column's filter, or null. */
    public String filter(String field) {
      FilterMeta meta = filters.get(field);
      Object value = meta == null ? null : meta.getFilterValue();
      return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public String sortField() {
      return sort.map(SortMeta::getField).orElse(null);
    }

    /** Descending unless the table says otherwise: newest first by default. */
    public boolean descending() {
      return sort.map(meta -> meta.getOrder() == SortOrder.DESCENDING).orElse(true);
    }
  }

  private final Loader<T> loader;
  private final Key<T> key;
  private final Listener<T> listener;

  public PagedTable(Loader<T> loader, Key<T> key, Listener<T> listener) {
    this.loader = loader;
    this.key = key;
    this.listener = listener;
  }

  public PagedTable(Loader<T> loader, Key<T> key) {
    this(loader, key, rows -> {});
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) loader.load(new Query(new PageRequest(1, 1), Optional.empty(), filterBy)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
    Optional<SortMeta> sort =
        sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst();
    Page<T> page = loader.load(new Query(new PageRequest(first / size + 1, size), sort, filterBy));
    setRowCount((int) page.total());
    listener.loaded(page.items());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> getRowKey(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
