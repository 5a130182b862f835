/**
 * Starts the marketplace and everything it needs on one machine, with no Docker and no servers
 * installed: a real PostgreSQL (embedded binaries), a real Redis (embedded binary), a real
 * Elasticsearch node in a child JVM on a JDK 21+, and Payara Micro running the WAR (or several
 * instances behind Debian's nginx, the one thing that must be installed for that layout). Used by
 * the one-command local run and by the integration tests. Every server binds to 127.0.0.1 only and
 * is stopped by whoever started it.
 */
package org.handmademarket.localstack;
