/**
 * How every JSON request body is read: strictly, in one place, so that no value is coerced, cut or
 * wrapped on its way to a request class, and no malformed body reaches a service.
 */
package org.handmademarket.web.api.json;
