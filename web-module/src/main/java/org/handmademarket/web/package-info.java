/**
 * The adapters through which people reach the marketplace: the JAX-RS API for the storefront, the
 * Faces console for sellers and staff. They are thin: they translate HTTP to calls on the feature
 * services in the EJB module and back, and hold no business rules.
 */
package org.handmademarket.web;
