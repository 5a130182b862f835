/** Staff accounts: granting and revoking the SUPPORT and ADMIN roles. */
package org.handmademarket.identity.staff;
