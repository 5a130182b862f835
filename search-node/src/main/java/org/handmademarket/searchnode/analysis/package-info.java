/**
 * Analysis components that Elasticsearch ships in its {@code analysis-common} module, which is not
 * published to Maven Central: synonyms, ASCII folding, stemmers, word delimiting, edge n-grams,
 * HTML stripping and the basic tokenizers. They keep Elasticsearch's names, settings and defaults,
 * so that index definitions developed against this node behave the same on a real cluster; each is
 * a thin wrapper over the Lucene class that Elasticsearch itself uses.
 */
package org.handmademarket.searchnode.analysis;
