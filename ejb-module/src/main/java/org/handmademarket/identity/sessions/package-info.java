/**
 * Sign-in sessions: opaque tokens stored as hashes, cached in Redis, with idle and absolute limits
 * by role, revoked one by one or all at once.
 */
package org.handmademarket.identity.sessions;
