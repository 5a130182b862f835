/**
 * The Redis connection. Values are read and written through Eclipse JNoSQL's key-value {@code
 * BucketManager}; the few atomic commands it lacks (a health ping, SET NX with expiry for
 * idempotency claims) go through the Jedis pool underneath it. Redis is an optimisation: callers
 * must work, only slower, when it is down.
 */
package org.handmademarket.platform.cache;
