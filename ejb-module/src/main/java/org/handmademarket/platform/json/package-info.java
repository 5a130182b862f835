/** JSON-P used by every feature, without a per-call provider lookup. */
package org.handmademarket.platform.json;
