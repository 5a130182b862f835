package org.handmademarket.web.console.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.handmademarket.support.AuditTrail;
import org.handmademarket.support.AuditTrail.AuditEntry;
import org.handmademarket.support.AuditTrail.AuditFilter;
import org.handmademarket.web.console.PagedTable;
import org.primefaces.model.LazyDataModel;

/** The audit log, newest first, filtered by actor, action, target and day (UTC). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditTrail trail;

  private String actorEmail;
  private String action;
  private String targetType;
  private Long targetId;
  private LocalDate from;
  private LocalDate to;
  private LazyDataModel<AuditEntry> table;

  @PostConstruct
  void init() {
    table = new PagedTable<>(query -> trail.browse(filter(), query.page()), AuditEntry::id);
  }

  private AuditFilter filter() {
    return new AuditFilter(
        actorEmail,
        action,
        targetType,
        targetId,
        from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  public List<String> getActions() {
    return trail.actions();
  }

  public LazyDataModel<AuditEntry> getTable() {
    return table;
  }

  public String getActorEmail() {
    return actorEmail;
  }

  public void setActorEmail(String actorEmail) {
    this.actorEmail = actorEmail;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTargetType() {
    return targetType;
  }

  public void setTargetType(String targetType) {
    this.targetType = targetType;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
