package org.handmademarket.localstack.demo;

/** One photo of a listing: storage keys of the full-size JPEG and its grid-size copy. */
record DemoImage(String storageKey, String thumbnailKey, int width, int height) {}
