package org.handmademarket.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.audit.AuditLog;

/** What an admin does with search: start a full reindex (audited) and watch its progress. */
@Stateless
public class SearchAdministration {

  /** The audit log's target type for the search index; there is one, id 0. */
  public static final String AUDIT_TARGET = "SEARCH_INDEX";

  @Inject CurrentUser currentUser;
  @Inject Reindexer reindexer;
  @Inject AuditLog auditLog;

  /**
   * @throws org.handmademarket.platform.errors.MarketplaceException 403 for callers who are not
   *     admins
   */
  public ReindexProgress startReindex(String reason) {
    long adminId = currentUser.requireAnyRole(Role.ADMIN);
    ReindexProgress before = reindexer.progress();
    ReindexProgress progress = reindexer.start("Started by an admin: " + reason);
    if (!before.running()) {
      auditLog.record(
          adminId, "search.reindex-started", AUDIT_TARGET, 0, reason, JsonValue.EMPTY_JSON_OBJECT);
    }
    return progress;
  }

  public ReindexProgress progress() {
    currentUser.requireAnyRole(Role.ADMIN);
    return reindexer.progress();
  }
}
