package org.handmademarket.catalog.image;

/**
 * The limits an upload must meet (MicroProfile Config {@code images.*}, see docs/operations.md).
 *
 * @param maxBytes the largest upload accepted
 * @param minDimension the shortest side an image may have, in pixels
 * @param maxDimension the longest side an image may have, in pixels
 * @param thumbnailSize the longest side of the grid copy, in pixels
 */
public record ImageRules(long maxBytes, int minDimension, int maxDimension, int thumbnailSize) {}
