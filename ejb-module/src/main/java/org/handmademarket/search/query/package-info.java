/**
 * Search requests: validated, normalised criteria and the Elasticsearch queries built from them
 * (ranked full-text search with facets, typeahead completion, and the look-alike and category
 * queries behind recommendations).
 */
package org.handmademarket.search.query;
