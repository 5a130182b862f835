/** Money: exact amounts (BigDecimal with two decimals), never floating point. */
package org.handmademarket.platform.money;
