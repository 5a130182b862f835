/**
 * Elasticsearch's node package, into which this module adds only {@link
 * org.elasticsearch.node.ClasspathPluginsNode}: the node construction hooks it needs are
 * package-private, and the same approach is what Elasticsearch's own test framework uses to start
 * nodes from a classpath.
 */
package org.elasticsearch.node;
