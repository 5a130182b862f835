/**
 * The personalised home feed: product views, trending listings, shoppers' preferences,
 * recommendations and the feed's A/B experiment. Its public face is {@link
 * org.handmademarket.feed.Feeds} (the feed, similar items, recording a view) and {@link
 * org.handmademarket.feed.FeedExperiment} (attribution and click-through per variant). Views and
 * feed events are written in batches by {@link org.handmademarket.feed.ActivityLog}; {@link
 * org.handmademarket.feed.Trending} is recomputed by a timer and shared through Redis. Candidates
 * come from the search feature's {@link org.handmademarket.search.SimilarListings} (look-alikes, a
 * category's listings near a price), cards from PostgreSQL through favorites' {@link
 * org.handmademarket.favorites.ProductCards}.
 */
package org.handmademarket.feed;
