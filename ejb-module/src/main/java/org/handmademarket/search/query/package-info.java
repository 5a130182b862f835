/**
 * Search requests: validated, normalised criteria and the Elasticsearch queries built from them
 * (ranked full-text search with facets, and typeahead completion).
 */
package org.handmademarket.search.query;
