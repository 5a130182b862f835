/**
 * Placing orders: a multi-shop cart checked out as one order per shop in one transaction, under the
 * admission gate, with stock holds while the buyer pays and the quote the buyer agreed to.
 */
package org.handmademarket.checkout.placing;
