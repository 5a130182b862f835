/** Search endpoints: product search with facets, and typeahead suggestions. */
package org.handmademarket.web.api.search;
