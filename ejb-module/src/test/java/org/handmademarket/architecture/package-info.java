/** Architecture rules for the EJB module, checked with ArchUnit on every build. */
package org.handmademarket.architecture;
