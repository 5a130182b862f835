/**
 * The support pages: the finder, a shop's case (suspend, reinstate) and an order's case (cancel,
 * refund), each move with a reason for the audit log. Sellers and shoppers are refused.
 */
package org.handmademarket.web.console.support;
