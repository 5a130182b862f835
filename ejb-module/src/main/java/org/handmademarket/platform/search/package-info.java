/**
 * The Elasticsearch connection: one client per application, built from {@code es.url} and closed
 * when the application stops. Features build their queries on it; this package knows no index.
 */
package org.handmademarket.platform.search;
