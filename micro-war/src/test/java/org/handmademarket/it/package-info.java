/**
 * Integration tests of the WAR as it ships, deployed on Payara Micro by Arquillian and talking to
 * real PostgreSQL, Redis and Elasticsearch servers started for the test run.
 */
package org.handmademarket.it;
