/** The admin pages: the audit log browser and the search reindex with its progress. */
package org.handmademarket.web.console.admin;
