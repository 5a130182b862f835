package org.handmademarket.catalog.image;

/** An upload that passed every check, with its grid copy (always a JPEG). */
public record ProcessedImage(
    ImageFormat format, int width, int height, byte[] original, byte[] thumbnail) {}
