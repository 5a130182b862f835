/** Signing in: checking a password or a session token for the container, and opening a session. */
package org.handmademarket.identity.signin;
