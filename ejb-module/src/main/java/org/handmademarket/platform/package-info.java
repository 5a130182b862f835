/**
 * Shared infrastructure every feature stands on: the database and its migrations, the Redis and
 * Elasticsearch connections, readiness checks and the error model. Nothing here knows about shops,
 * listings or orders; features depend on the platform, never the other way round.
 */
package org.handmademarket.platform;
