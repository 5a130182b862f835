/**
 * Live updates: committed stock changes and order moves, announced to every instance so that the
 * instance holding a shopper's WebSocket can push them. Announcements travel over Redis pub/sub,
 * one channel for the whole marketplace: each instance publishes what it committed and listens on a
 * dedicated connection; an instance where nobody watches a topic drops its messages after one map
 * lookup in the web module. Nothing here is stored: a client that missed messages while
 * disconnected reads availability and orders again.
 */
package org.handmademarket.live;
