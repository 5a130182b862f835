/**
 * The search benchmark: a program (not a test) that measures {@code /api/search} against a running
 * local stack, beside the same Elasticsearch queries sent straight to the node, and prints the
 * percentiles. See docs/performance.md for how to run it.
 */
package org.handmademarket.bench;
