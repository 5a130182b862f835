package org.handmademarket.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * When the application starts, makes sure the products index exists and matches the shipped
 * definition, building it in the background if not: start-up does not wait for tens of thousands of
 * listings, nor for an Elasticsearch that is not up yet. It checks again every ten seconds until
 * the index is current, so a reindex that failed (Elasticsearch went away mid-way) is started
 * again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndexStartup {

  private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

  private static final long RETRY_SECONDS = 10;

  @Inject Reindexer reindexer;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile ScheduledFuture<?> pending;

  @PostConstruct
  void scheduleCheck() {
    pending = scheduler.schedule(this::check, 0, TimeUnit.SECONDS);
  }

  @PreDestroy
  void cancel() {
    pending.cancel(false);
  }

  private void check() {
    try {
      if (reindexer.ensureCurrent()) {
        LOG.info("The products index is current");
        return;
      }
    } catch (Exception e) {
      LOG.warning(
          () ->
              "Cannot check the products index yet ("
                  + e
                  + "); trying again in "
                  + RETRY_SECONDS
                  + " s");
    }
    pending = scheduler.schedule(this::check, RETRY_SECONDS, TimeUnit.SECONDS);
  }
}
