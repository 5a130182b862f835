/**
 * The root endpoint ({@code GET /} and {@code HEAD /}) that Elasticsearch serves from its {@code
 * rest-root} module, which is not published to Maven Central. Client libraries use it to identify
 * and ping the server, so it answers with the same document as a real node.
 */
package org.handmademarket.searchnode.rest;
