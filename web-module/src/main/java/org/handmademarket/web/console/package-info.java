/**
 * The console's shell: the access guard on every /console page, sign-in and sign-out with the same
 * session cookie as the API, the menu by role, and the translation of refusals into messages. The
 * pages' backing beans live in one package per area (seller, support, admin); they are thin and
 * call the EJB services, which check the signed-in identity themselves.
 */
package org.handmademarket.web.console;
