/**
 * MicroProfile readiness checks, one per backing service (database, Redis, Elasticsearch), so that
 * a load balancer stops sending traffic to an instance that cannot serve it and an operator sees
 * why.
 */
package org.handmademarket.platform.health;
