package org.handmademarket.catalog.image;

/**
 * The limits an upload must meet (MicroProfile Config {@code images.*}, see docs/operations.md).
 *
 * @param maxBytes the largest upload accepted
 * @param minDimension the shortest side an image may have, in pixels
 * @param maxDimension the longest side an image may have, in pixels
 * @param maxPixels the most pixels (width × height) an image may have
 * @param maxWebpPixels the most pixels a WebP may have: the only Java WebP decoder holds the whole
 *     picture in memory (4 bytes a pixel) whatever part of it is asked for, where JPEG and PNG are
 *     decoded row by row
 * @param thumbnailSize the longest side of the grid copy, in pixels
 */
public record ImageRules(
    long maxBytes,
    int minDimension,
    int maxDimension,
    long maxPixels,
    long maxWebpPixels,
    int thumbnailSize) {

  /** The pixel limit for a format. */
  long maxPixels(ImageFormat format) {
    return format == ImageFormat.WEBP ? Math.min(maxPixels, maxWebpPixels) : maxPixels;
  }
}
