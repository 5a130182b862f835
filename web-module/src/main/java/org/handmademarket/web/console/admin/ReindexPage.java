package org.handmademarket.web.console.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.handmademarket.search.ReindexProgress;
import org.handmademarket.search.SearchAdministration;
import org.handmademarket.web.console.Messages;

/** Starts a full search reindex and shows its progress (the page polls it). */
@Named
@RequestScoped
public class ReindexPage {

  @Inject SearchAdministration search;

  @NotBlank
  @Size(max = 200)
  private String reason;

  private ReindexProgress progress;

  public void start() {
    progress = search.startReindex(reason);
    Messages.done("Reindex started");
  }

  public ReindexProgress getProgress() {
    if (progress == null) {
      progress = search.progress();
    }
    return progress;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
