package org.handmademarket.identity.sessions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Writes down that a session was used, moving its idle deadline on. A bean of its own because
 * resolving a token runs without a transaction and this write needs one, short and separate.
 */
@Stateless
public class SessionActivity {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seen(String tokenHash, OffsetDateTime at) {
    em.createNativeQuery(
            "UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1 AND last_seen_at < ?2")
        .setParameter(1, tokenHash)
        .setParameter(2, at)
        .executeUpdate();
  }
}
