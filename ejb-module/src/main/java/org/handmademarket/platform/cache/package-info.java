/**
 * The one way to Redis. {@link org.handmademarket.platform.cache.KeyValueCache} reads, writes and
 * evicts string values with an expiry through Eclipse JNoSQL's key-value {@code BucketManager};
 * {@link org.handmademarket.platform.cache.RedisCommands} holds the commands the bucket lacks (SET
 * NX with expiry for idempotency claims, counters, hashes, deletion by prefix, pub/sub); {@link
 * org.handmademarket.platform.cache.CacheFailurePolicy} is what a cache does when Redis fails (a
 * miss, a skipped write, a pause before trying again). {@link
 * org.handmademarket.platform.cache.RedisConnection} holds the pool under both. Redis is an
 * optimisation: callers must work, only slower, when it is down, except those that refuse on a
 * {@link org.handmademarket.platform.cache.RedisFailure}. Only this package uses the Redis client.
 */
package org.handmademarket.platform.cache;
