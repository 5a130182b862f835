/**
 * Elasticsearch's plugins package, into which this module adds only {@link
 * org.elasticsearch.plugins.ClasspathPluginsService}, because the loaded-plugin record and the
 * plugin instantiation helpers it relies on are package-private.
 */
package org.elasticsearch.plugins;
