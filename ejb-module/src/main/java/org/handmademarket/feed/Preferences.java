package org.handmademarket.feed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a shopper's favorites and recent views say about their taste. Favorites weigh twice as much
 * as views.
 *
 * @param favoriteCount favorited listings
 * @param viewCount recorded views (at most {@link ActivityLog#VIEWS_KEPT})
 * @param liked favorited and viewed listings, most recent first, the seeds of look-alikes
 * @param excluded listings never to recommend: bought or favorited
 * @param categories the top categories, best first
 * @param averagePrice the weighted average price of what they liked; absent without history
 * @param tags the most common tags of what they liked
 */
public record Preferences(
    int favoriteCount,
    int viewCount,
    List<Long> liked,
    Set<Long> excluded,
    List<CategoryTaste> categories,
    BigDecimal averagePrice,
    List<String> tags) {

  /** Cold start: too little history for picks of their own. */
  public boolean cold() {
    return favoriteCount < 3 && viewCount < 5;
  }

  public record CategoryTaste(String slug, String name) {}
}
