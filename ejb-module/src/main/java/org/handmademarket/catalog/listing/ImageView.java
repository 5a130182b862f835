package org.handmademarket.catalog.listing;

/** A photo of a listing: the original and its grid copy ({@code thumbnailUrl}, a JPEG). */
public record ImageView(
    long id,
    int position,
    String url,
    String thumbnailUrl,
    String contentType,
    int width,
    int height) {}
