package org.handmademarket.feed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.handmademarket.identity.CurrentUser;
import org.handmademarket.identity.Role;
import org.handmademarket.platform.errors.MarketplaceException;
import org.handmademarket.platform.errors.ProblemType;

/**
 * The feed experiment: every signed-in shopper is in a stable {@link Variant}; serving the feed
 * records one impression per section shown, and a favorite or add to cart made from a section (the
 * storefront sends the section's key in {@code X-Feed-Section}) records a click with the variant.
 * {@link #report} compares click-through per variant. Recording goes through the {@link
 * ActivityLog} queue and never slows the request or fails it.
 */
@Stateless
public class FeedExperiment {

  /** The keys {@link Feeds} gives sections; anything else in the header is not from the feed. */
  static final Pattern SECTION_KEY =
      Pattern.compile("trending|popular|based-on-favorites|more-in-[a-z0-9]+(-[a-z0-9]+)*");

  static final int MAX_SECTION_KEY_LENGTH = 80;

  @PersistenceContext EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject ActivityLog log;

  /**
   * Records that the caller favorited or carted a listing from a feed section. Anonymous callers
   * and values that are not a section key are ignored: attribution is best effort and never refuses
   * the favorite or the add to cart it describes.
   */
  public void clicked(String section, FeedAction action, long productId) {
    if (section == null
        || section.length() > MAX_SECTION_KEY_LENGTH
        || !SECTION_KEY.matcher(section).matches()) {
      return;
    }
    currentUser
        .userId()
        .ifPresent(userId -> log.event(userId, Variant.of(userId), section, action, productId));
  }

  public void shown(long userId, Variant variant, List<FeedSection> sections) {
    for (FeedSection section : sections) {
      log.event(userId, variant, section.key(), FeedAction.IMPRESSION, null);
    }
  }

  /**
   * Click-through per variant over the last {@code period}, for support and admins.
   *
   * @throws MarketplaceException 401 anonymous, 403 for other roles
   */
  public ExperimentReport report(Duration period) {
    currentUser.requireUserId();
    if (!currentUser.hasRole(Role.SUPPORT) && !currentUser.hasRole(Role.ADMIN)) {
      throw new MarketplaceException(
          ProblemType.FORBIDDEN, "Only support and admins may see this.");
    }
    Instant to = Instant.now();
    Instant from = to.minus(period);
    List<?> rows =
        em.createNativeQuery(
                "SELECT variant, count(DISTINCT user_id) FILTER (WHERE action = 'IMPRESSION'),"
                    + " count(*) FILTER (WHERE action = 'IMPRESSION'),"
                    + " count(*) FILTER (WHERE action = 'FAVORITE'),"
                    + " count(*) FILTER (WHERE action = 'ADD_TO_CART')"
                    + " FROM feed_events WHERE occurred_at >= ?1 AND occurred_at < ?2 GROUP BY variant")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getResultList();
    Map<Variant, long[]> counts = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      counts.put(variant, new long[4]);
    }
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      long[] values = counts.get(Variant.valueOf(columns[0].toString().trim()));
      for (int i = 0; i < values.length; i++) {
        values[i] = ((Number) columns[i + 1]).longValue();
      }
    }
    List<VariantResult> results =
        counts.entrySet().stream()
            .map(
                entry -> {
                  long[] c = entry.getValue();
                  long clicks = c[2] + c[3];
                  double rate = c[1] == 0 ? 0 : (double) clicks / c[1];
                  return new VariantResult(entry.getKey(), c[0], c[1], c[2], c[3], clicks, rate);
                })
            .toList();
    return new ExperimentReport(
        from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), results);
  }
}
