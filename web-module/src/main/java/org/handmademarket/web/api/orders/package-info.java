/**
 * Orders after checkout: the buyer's, the seller's shop's, and support's cancellations and refunds.
 */
package org.handmademarket.web.api.orders;
