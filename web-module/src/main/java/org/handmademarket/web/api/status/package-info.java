/**
 * The public liveness answer for load balancers and status pages: up or down, nothing more. The
 * detailed health, metrics and OpenAPI documents stay on the instances' own port, which the public
 * proxy does not forward.
 */
package org.handmademarket.web.api.status;
