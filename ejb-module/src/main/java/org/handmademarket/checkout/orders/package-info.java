/**
 * Orders after they are placed: the order and its lines, its life from paid to delivered, cancelled
 * or refunded with every move recorded, and the views buyers, sellers and support read.
 */
package org.handmademarket.checkout.orders;
