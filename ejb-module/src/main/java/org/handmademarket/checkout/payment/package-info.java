/**
 * An order's payment: authentication with the provider, the provider's events, settlement of a
 * checkout's orders once, and refunds.
 */
package org.handmademarket.checkout.payment;
