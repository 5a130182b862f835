/**
 * The API's OpenAPI document beyond what Payara's scanner finds: the schemas of the records the
 * resources answer with, which the storefront's generated TypeScript types are made from.
 */
package org.handmademarket.web.api.openapi;
