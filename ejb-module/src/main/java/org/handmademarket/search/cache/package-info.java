/**
 * The search result cache in Redis: two minutes per result, invalidated as a whole whenever the
 * index changes, and never a reason for a search to fail.
 */
package org.handmademarket.search.cache;
