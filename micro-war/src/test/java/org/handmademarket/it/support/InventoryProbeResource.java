package org.handmademarket.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handmademarket.inventory.Inventory;
import org.handmademarket.inventory.StockLevel;
import org.handmademarket.inventory.Withdrawal;

/**
 * Deployed with the tests only: the inventory calls that checkout, cancellations and refunds will
 * make, reachable over HTTP so that concurrent callers can be simulated from outside.
 */
@Path("test-probe/inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryProbeResource {

  @Inject Inventory inventory;

  /** A buyer who holds nothing. */
  private static final long NO_HOLDS = 0L;

  /** Body: {@code {"<productId>": quantity, ...}}. */
  @POST
  @Path("withdraw")
  public Withdrawal withdraw(Map<String, Integer> quantities) {
    return inventory.withdraw(NO_HOLDS, byId(quantities));
  }

  @POST
  @Path("put-back")
  public List<StockLevel> putBack(Map<String, Integer> quantities) {
    return inventory.putBack(byId(quantities));
  }

  private static Map<Long, Integer> byId(Map<String, Integer> quantities) {
    return quantities.entrySet().stream()
        .collect(Collectors.toMap(entry -> Long.valueOf(entry.getKey()), Map.Entry::getValue));
  }
}
