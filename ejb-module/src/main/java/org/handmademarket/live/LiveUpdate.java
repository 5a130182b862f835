package org.handmademarket.live;

/**
 * One announcement for the watchers of a topic.
 *
 * @param message the JSON text sent to each watcher as it is, e.g. {@code
 *     {"type":"availability","listing":42,"available":0,"status":"SOLD_OUT"}}
 */
public record LiveUpdate(Topic topic, String message) {}
