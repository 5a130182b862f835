package org.handmademarket.feed;

import jakarta.annotation.Nullable;
import java.util.List;
import org.handmademarket.favorites.ProductCard;

/**
 * One named row of the feed.
 *
 * @param key stable for clients and for attribution: {@code trending}, {@code popular}, {@code
 *     based-on-favorites} or {@code more-in-<categorySlug>}
 * @param reason why the shopper sees it, in a sentence
 */
public record FeedSection(
    @Nullable String key, String title, @Nullable String reason, List<ProductCard> products) {}
