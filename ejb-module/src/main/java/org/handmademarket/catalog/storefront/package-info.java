/**
 * The catalogue as shoppers see it: a shop's page and its listings, a listing's page. Only what is
 * published by a shop in good standing is shown; anything else is answered exactly like something
 * that does not exist, so drafts and suspended shops cannot be probed.
 */
package org.handmademarket.catalog.storefront;
