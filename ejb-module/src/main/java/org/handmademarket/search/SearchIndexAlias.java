package org.handmademarket.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The alias searches, the indexer and the reindexer use for the listings' index ({@code
 * search.index.alias}): one name for the index whatever index stands behind it after a reindex.
 */
@ApplicationScoped
public class SearchIndexAlias {

  @Inject
  @ConfigProperty(name = "search.index.alias")
  String name;

  public String name() {
    return name;
  }
}
