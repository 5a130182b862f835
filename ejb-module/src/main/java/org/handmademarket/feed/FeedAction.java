package org.handmademarket.feed;

/** What a shopper did with a feed section: saw it, or favorited or carted a listing from it. */
public enum FeedAction {
  IMPRESSION,
  FAVORITE,
  ADD_TO_CART
}
