package org.handmademarket.feed;

import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The home feed.
 *
 * @param variant the experiment arm the shopper is in; {@code null} (written out) for anonymous
 *     visitors
 */
public record FeedView(@JsonbNillable @Nullable Variant variant, List<FeedSection> sections) {}
