package org.handmademarket.catalog.seller;

import java.math.BigDecimal;
import org.handmademarket.catalog.listing.ListingDetails;

/** A listing as a seller writes it: the description, the price and the stock. */
public record NewListing(ListingDetails details, BigDecimal price, int quantity) {}
