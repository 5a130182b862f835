/**
 * Starts the real backing services once around a whole integration-test run (a JUnit Platform
 * launcher session), on free ports and in a scratch directory, and hands their coordinates to the
 * tests and to the application server under test as system properties.
 */
package org.handmademarket.localstack.testing;
