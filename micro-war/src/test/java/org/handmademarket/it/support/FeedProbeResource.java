package org.handmademarket.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.handmademarket.feed.ActivityLog;
import org.handmademarket.feed.Trending;

/**
 * Deployed with the tests only: writes the queued views and feed events now and recomputes trending
 * listings, instead of waiting for their timers.
 */
@Path("test-probe/feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedProbeResource {

  @Inject ActivityLog activity;
  @Inject Trending trending;

  @POST
  @Path("flush")
  public String flush() {
    activity.flush();
    return "{}";
  }

  /** The recomputed list of trending listing ids, best first. */
  @POST
  @Path("trending")
  public List<Long> trending() {
    activity.flush();
    return trending.refresh();
  }
}
