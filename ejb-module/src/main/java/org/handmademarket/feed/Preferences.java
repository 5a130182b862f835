package org.handmademarket.feed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a shopper's favorites, purchases and recent views say about their taste. A purchase weighs
 * three times a view and a favorite twice, and every signal counts less as it ages (half as much
 * after {@link ShopperPreferences#HALF_LIFE_DAYS} days), so that a new interest shows at once.
 *
 * @param favoriteCount favorited listings
 * @param viewCount recorded views (at most {@link ActivityLog#VIEWS_KEPT})
 * @param liked favorited, bought and viewed listings, most recent first, the seeds of look-alikes
 * @param excluded listings never to recommend: bought or favorited
 * @param categories the top categories, best first; the category of the latest signal is always
 *     among them
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

  /** Cold start: too little history for picks of their own (a purchase counts as a favorite). */
  public boolean cold() {
    return favoriteCount < 3 && viewCount < 5;
  }

  /**
   * A category the shopper likes.
   *
   * @param averagePrice the weighted average price of what they liked in this category, the price
   *     its section centres on; absent when unknown
   */
  public record CategoryTaste(String slug, String name, BigDecimal averagePrice) {}
}
