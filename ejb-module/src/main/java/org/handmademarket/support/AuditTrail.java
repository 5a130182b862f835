package org.handmademarket.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.paging.Page;
import org.handmademarket.platform.paging.PageRequest;
import org.handmademarket.platform.persistence.Timestamps;

/** Admins browse the audit log, newest first, filtered by actor, action, target and time. */
@Stateless
public class AuditTrail {

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;

  /**
   * @throws org.handmademarket.platform.errors.MarketplaceException 403 for callers who are not
   *     admins
   */
  public Page<AuditEntry> browse(AuditFilter filter, PageRequest page) {
    currentUser.requireAnyRole(Role.ADMIN);
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE true");
    if (present(filter.actorEmail())) {
      parameters.add("%" + filter.actorEmail().strip().toLowerCase(Locale.ROOT) + "%");
      where.append(" AND lower(u.email) LIKE ?").append(parameters.size());
    }
    if (present(filter.action())) {
      parameters.add(filter.action().strip());
      where.append(" AND a.action = ?").append(parameters.size());
    }
    if (present(filter.targetType())) {
      parameters.add(filter.targetType().strip());
      where.append(" AND a.target_type = ?").append(parameters.size());
    }
    if (filter.targetId() != null) {
      parameters.add(filter.targetId());
      where.append(" AND a.target_id = ?").append(parameters.size());
    }
    if (filter.from() != null) {
      parameters.add(filter.from());
      where.append(" AND a.at >= ?").append(parameters.size());
    }
    if (filter.to() != null) {
      parameters.add(filter.to());
      where.append(" AND a.at < ?").append(parameters.size());
    }
    String from = " FROM audit_log a JOIN identity_accounts u ON u.id = a.actor_id";
    Query rows =
        em.createNativeQuery(
            "SELECT a.id, a.actor_id, u.email, a.action, a.target_type, a.target_id, a.reason,"
                + " CAST(a.details AS text), a.at"
                + from
                + where
                + " ORDER BY a.at DESC, a.id DESC LIMIT "
                + page.pageSize()
                + " OFFSET "
                + page.offset());
    Query count = em.createNativeQuery("SELECT count(*)" + from + where);
    for (int i = 0; i < parameters.size(); i++) {
      rows.setParameter(i + 1, parameters.get(i));
      count.setParameter(i + 1, parameters.get(i));
    }
    List<AuditEntry> entries =
        ((List<?>) rows.getResultList())
            .stream()
                .map(row -> (Object[]) row)
                .map(
                    c ->
                        new AuditEntry(
                            ((Number) c[0]).longValue(),
                            ((Number) c[1]).longValue(),
                            (String) c[2],
                            (String) c[3],
                            (String) c[4],
                            ((Number) c[5]).longValue(),
                            (String) c[6],
                            (String) c[7],
                            Timestamps.of(c[8])))
                .toList();
    return Page.of(entries, ((Number) count.getSingleResult()).longValue(), page);
  }

  /** The actions written so far, for the browser's filter. */
  public List<String> actions() {
    currentUser.requireAnyRole(Role.ADMIN);
    return em
        .createNativeQuery("SELECT DISTINCT action FROM audit_log ORDER BY action")
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** What the browser asks for; every field may be empty. {@code to} is exclusive. */
  public record AuditFilter(
      String actorEmail,
      String action,
      String targetType,
      Long targetId,
      OffsetDateTime from,
      OffsetDateTime to) {}

  /** One entry: who did what to which target, when and why. */
  public record AuditEntry(
      long id,
      long actorId,
      String actorEmail,
      String action,
      String targetType,
      long targetId,
      String reason,
      String details,
      OffsetDateTime at) {}
}
