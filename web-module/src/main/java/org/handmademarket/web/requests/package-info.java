/**
 * What every request passes through before its adapter: the request id ({@code X-Request-Id}) is
 * taken from the load balancer or made up, echoed in the response and bound to the serving thread
 * for the logs.
 */
package org.handmademarket.web.requests;
