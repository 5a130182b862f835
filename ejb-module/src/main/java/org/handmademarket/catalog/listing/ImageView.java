package org.handmademarket.catalog.listing;

import jakarta.annotation.Nullable;

/** A photo of a listing: the original and its grid copy ({@code thumbnailUrl}, a JPEG). */
public record ImageView(
    long id,
    int position,
    String url,
    @Nullable String thumbnailUrl,
    @Nullable String contentType,
    int width,
    int height) {}
