package org.handmademarket.web.console.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.handmademarket.support.Finder;
import org.handmademarket.support.Finder.Findings;

/** One search box for users, shops and orders: by email, name, id or status. */
@Named
@ViewScoped
public class FinderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Finder finder;

  private String query;
  private Findings findings;
  private int activeTab;

  /** Runs the search in the URL ({@code ?q=}), so that a search can be linked to and reloaded. */
  public void load() {
    if (query != null && !query.isBlank()) {
      search();
    }
  }

  /** Searches and opens the first tab with hits: users, shops, then orders. */
  public void search() {
    findings = finder.find(query);
    if (!findings.users().isEmpty() || findings.shops().isEmpty() && findings.orders().isEmpty()) {
      activeTab = 0;
    } else {
      activeTab = findings.shops().isEmpty() ? 2 : 1;
    }
  }

  /** The open tab; the tab view writes it back when the user switches tabs. */
  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Findings getFindings() {
    return findings;
  }
}
