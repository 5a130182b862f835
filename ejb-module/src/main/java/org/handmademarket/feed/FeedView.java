package org.handmademarket.feed;

import java.util.List;

/**
 * The home feed.
 *
 * @param variant the experiment arm the shopper is in; absent for anonymous visitors
 */
public record FeedView(Variant variant, List<FeedSection> sections) {}
