package org.handmademarket.feed;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What is trending: listings ranked by recent views, favorites and sales, each weighted by {@code
 * exp(-age / feed.trending.decay.hours)} so that yesterday counts about half as much as today with
 * the default, in stock only, and at most {@code feed.trending.per-shop} listings per shop so that
 * one busy shop cannot fill the list. Listings without any signal follow, by favorite count and
 * age, so that a new marketplace still has something to show.
 *
 * <p>Recomputed by an EJB timer every {@code feed.trending.refresh.seconds} and shared through
 * Redis under {@code marketplace:feed:trending}: an instance whose timer fires while a fresh list
 * is there takes it instead of recomputing. Redis is only that shortcut: when it fails, each
 * instance computes its own list and serves it from memory.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Trending {

  static final String KEY = "trending";

  /** How many listings the list keeps; sections take the first ones still in stock. */
  static final int SIZE = 96;

  private static final Logger LOG = Logger.getLogger(Trending.class.getName());

  /**
   * Signals of the window (parameters 2 to 4, in days): a view weighs 1, a favorite 3, a sold piece
   * 5, all decayed by age (parameter 1, in hours). Sales of cancelled or refunded orders do not
   * count. Parameter 5 is how many ranked listings to read.
   */
  private static final String RANKING =
      "WITH signals AS ("
          + " SELECT product_id, sum(weight * exp(-extract(epoch FROM now() - at) / 3600.0 / ?)) AS score"
          + " FROM ("
          + "  SELECT product_id, 1.0 AS weight, viewed_at AS at FROM product_views"
          + "   WHERE viewed_at > now() - make_interval(days => ?)"
          + "  UNION ALL SELECT product_id, 3.0, created_at FROM favorite_listings"
          + "   WHERE created_at > now() - make_interval(days => ?)"
          + "  UNION ALL SELECT product_id, 5.0 * quantity, created_at FROM checkout_purchases"
          + "   WHERE created_at > now() - make_interval(days => ?)"
          + "   AND status NOT IN ('CANCELLED', 'REFUNDED')"
          + " ) recent GROUP BY product_id)"
          + " SELECT l.id, l.shop_id FROM catalog_listings l"
          + " LEFT JOIN signals g ON g.product_id = l.id"
          + " WHERE l.on_sale AND l.quantity > 0"
          + " ORDER BY coalesce(g.score, 0) DESC, l.favorite_count DESC, l.created_at DESC, l.id DESC"
          + " LIMIT ?";

  @Resource TimerService timers;

  @Inject DataSource dataSource;

  @Inject FeedCache cache;

  @Inject
  @ConfigProperty(name = "feed.trending.refresh.seconds")
  long refreshSeconds;

  @Inject
  @ConfigProperty(name = "feed.trending.decay.hours")
  double decayHours;

  @Inject
  @ConfigProperty(name = "feed.trending.window.days")
  int windowDays;

  @Inject
  @ConfigProperty(name = "feed.trending.per-shop")
  int perShop;

  private volatile List<Long> current;

  @PostConstruct
  void schedule() {
    long every = Duration.ofSeconds(refreshSeconds).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("feed-trending", false));
  }

  /** The trending listings' ids, best first; computed now if this instance has none yet. */
  public List<Long> ids() {
    List<Long> ids = current;
    if (ids == null) {
      ids = shared();
      if (ids.isEmpty()) {
        return refresh();
      }
      current = ids;
    }
    return ids;
  }

  @Timeout
  void onTimer() {
    try {
      List<Long> shared = sharedIfFresh();
      if (shared.isEmpty()) {
        refresh();
      } else {
        current = shared;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recomputing trending listings failed; the previous list stays", e);
    }
  }

  /** Recomputes the list from PostgreSQL, keeps it and shares it through Redis. */
  public List<Long> refresh() {
    List<Long> ids = compute();
    current = ids;
    share(ids);
    return ids;
  }

  private List<Long> compute() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement ranking = connection.prepareStatement(RANKING)) {
      ranking.setDouble(1, decayHours);
      ranking.setInt(2, windowDays);
      ranking.setInt(3, windowDays);
      ranking.setInt(4, windowDays);
      // Enough candidates that the per-shop cap still leaves a full list.
      ranking.setInt(5, SIZE * 8);
      Map<Long, Integer> perShopSoFar = new HashMap<>();
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = ranking.executeQuery()) {
        while (rows.next() && ids.size() < SIZE) {
          int taken = perShopSoFar.merge(rows.getLong(2), 1, Integer::sum);
          if (taken <= perShop) {
            ids.add(rows.getLong(1));
          }
        }
      }
      return List.copyOf(ids);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot rank trending listings", e);
    }
  }

  /** A list another instance computed within the last half interval, or empty. */
  private List<Long> sharedIfFresh() {
    boolean fresh =
        cache.timeToLive(KEY).filter(ttl -> ttl.toSeconds() > refreshSeconds * 3 / 2).isPresent();
    return fresh ? shared() : List.of();
  }

  private List<Long> shared() {
    return cache.ids(KEY).orElse(List.of());
  }

  /** Kept for two intervals, so that a list younger than half an interval has a TTL above 1.5. */
  private void share(List<Long> ids) {
    cache.put(KEY, ids, Duration.ofSeconds(refreshSeconds * 2));
  }
}
