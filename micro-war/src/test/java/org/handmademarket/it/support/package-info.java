/**
 * What the integration tests deploy: the shipped WAR plus a probe resource that exists only in
 * tests.
 */
package org.handmademarket.it.support;
