/**
 * The products index: its definition from the config module, the documents read from PostgreSQL,
 * bulk writes with external versions, and full reindexes that build a new index and move the alias.
 */
package org.handmademarket.search.index;
