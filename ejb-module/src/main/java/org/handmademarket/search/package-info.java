/**
 * Product search: Elasticsearch with synonyms, typo tolerance, reputation boosts, facets and
 * typeahead. Its public face is {@link org.handmademarket.search.ProductSearch} (shoppers'
 * searches), {@link org.handmademarket.search.SimilarListings} (recommendation candidates, asked
 * for in listings, categories, tags and prices) and {@link org.handmademarket.search.Reindexer}
 * (full reindexes). Only this feature knows the index's alias, fields and query language. The index
 * is fed from the transactional outbox and rebuilt behind an alias. Search reads listings from
 * PostgreSQL with its own SQL and uses no other feature's entities.
 */
package org.handmademarket.search;
