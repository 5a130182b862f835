package org.handmademarket.catalog.listing;

/** The category a listing is in. */
public record CategoryRef(long id, String slug, String name) {}
