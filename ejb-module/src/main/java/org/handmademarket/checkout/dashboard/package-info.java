/** What a seller sees of their orders: the dashboard's figures and the notices of new orders. */
package org.handmademarket.checkout.dashboard;
