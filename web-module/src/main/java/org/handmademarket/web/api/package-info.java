/** The JSON API under {@code /api}, one sub-package per feature, and its OpenAPI description. */
package org.handmademarket.web.api;
