/** Feed endpoints: the home feed, similar items, and the feed experiment's report. */
package org.handmademarket.web.api.feed;
