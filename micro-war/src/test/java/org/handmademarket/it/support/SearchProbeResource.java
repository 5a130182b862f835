package org.handmademarket.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.handmademarket.search.ReindexProgress;
import org.handmademarket.search.Reindexer;

/**
 * Deployed with the tests only: starts a full reindex and reports its progress, as the admin
 * console will, so that a test can search while the index is rebuilt.
 */
@Path("test-probe/search/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchProbeResource {

  @Inject Reindexer reindexer;

  @POST
  public ReindexProgress start() {
    return reindexer.start("requested by a test");
  }

  @GET
  public ReindexProgress progress() {
    return reindexer.progress();
  }
}
