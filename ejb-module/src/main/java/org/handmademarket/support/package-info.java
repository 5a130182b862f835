/**
 * What support staff and admins need to handle a problem: finding users, shops and orders by what a
 * person tells them (an email, a name, an id, a status), and browsing the audit log of what staff
 * did. The moves themselves stay with the features that own the data (shop suspension in the
 * catalogue, cancellations and refunds in checkout), which audit them; this package only reads.
 */
package org.handmademarket.support;
