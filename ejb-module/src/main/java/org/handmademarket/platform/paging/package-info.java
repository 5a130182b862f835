/**
 * Paging shared by every list the API serves: a request for one page and the page that answers it,
 * with the totals a client needs to draw its pager.
 */
package org.handmademarket.platform.paging;
