package org.handmademarket.checkout.orders;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handmademarket.platform.persistence.SqlArrays;

/**
 * Shop names for order views, read with SQL: the catalogue's entities are not checkout's to use.
 */
public final class ShopNames {

  private ShopNames() {}

  public static Map<Long, String> of(EntityManager em, Collection<Long> shopIds) {
    Map<Long, String> names = new HashMap<>();
    if (shopIds.isEmpty()) {
      return names;
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, name FROM catalog_shops WHERE id = ANY(CAST(?1 AS bigint[]))")
            .setParameter(1, SqlArrays.bigints(shopIds))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      names.put(((Number) columns[0]).longValue(), (String) columns[1]);
    }
    return names;
  }
}
