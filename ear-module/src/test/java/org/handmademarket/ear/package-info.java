/**
 * The EAR on a real Payara Server: unpacked as an operator would, a domain created on free ports,
 * the EAR deployed against real PostgreSQL, Redis and Elasticsearch, then removed again.
 */
package org.handmademarket.ear;
