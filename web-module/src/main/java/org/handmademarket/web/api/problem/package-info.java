/**
 * Turns every failure leaving the API into an RFC 9457 problem document: refused requests, invalid
 * input, unknown paths and unexpected faults. One mapper per kind of exception, one way to write
 * the document.
 */
package org.handmademarket.web.api.problem;
