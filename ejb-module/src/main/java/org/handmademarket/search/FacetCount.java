package org.handmademarket.search;

import jakarta.json.bind.annotation.JsonbProperty;

/** One facet value and how many results have it; named as Elasticsearch names buckets. */
public record FacetCount(String key, @JsonbProperty("doc_count") long docCount) {}
