/**
 * Payments over HTTP: the provider's options for the storefront, the sandbox's test payment methods
 * and authentication, the provider's webhook, sellers' payouts, and the marketplace's fee income.
 */
package org.handmademarket.web.api.payments;
