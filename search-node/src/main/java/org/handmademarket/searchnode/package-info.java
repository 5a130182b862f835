/**
 * Launcher for a real single-node Elasticsearch server built from the Maven Central jars, for tests
 * and the local developer stack. {@link org.handmademarket.searchnode.SearchNodeMain} runs in its
 * own JVM started by another process, binds to 127.0.0.1 only, announces readiness with one line on
 * standard output and stops when its standard input ends, so it never outlives whoever started it.
 * It is never part of the shipped application: the Elasticsearch server is licensed under AGPL,
 * SSPL or the Elastic License 2.0.
 */
package org.handmademarket.searchnode;
