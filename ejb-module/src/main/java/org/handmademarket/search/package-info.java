/**
 * Product search: Elasticsearch with synonyms, typo tolerance, reputation boosts, facets and
 * typeahead. Its public face is {@link org.handmademarket.search.ProductSearch} (shoppers'
 * searches) and {@link org.handmademarket.search.Reindexer} (full reindexes); the index is fed from
 * the transactional outbox and rebuilt behind an alias. Search reads listings from PostgreSQL with
 * its own SQL and uses no other feature's entities.
 */
package org.handmademarket.search;
