/** The notifications API: support's view of mail delivery (dead letters, the mail log). */
package org.handmademarket.web.api.notifications;
