/** Catalogue endpoints: the category taxonomy, shops and listings as shoppers see them. */
package org.handmademarket.web.api.catalog;
