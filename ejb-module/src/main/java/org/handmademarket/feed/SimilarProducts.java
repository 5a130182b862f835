package org.handmademarket.feed;

import java.util.List;
import org.handmademarket.favorites.ProductCard;

/** Listings like one listing, for its page. */
public record SimilarProducts(List<ProductCard> products) {}
