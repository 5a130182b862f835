/**
 * What ties log lines to a request: the request id that the web layer takes from {@code
 * X-Request-Id} (or makes up), answers with, and keeps for the thread that serves the request.
 */
package org.handmademarket.platform.logging;
