/**
 * Stock: the one place where a listing's quantity changes, whoever asks (a seller's edit, checkout,
 * a cancellation or refund, the console). Every change locks the product row, checks the rules,
 * writes the new quantity, moves the listing between active and sold out as stock runs out or comes
 * back, and announces the change in the outbox, all in the caller's transaction. A second path that
 * skipped the lock is how marketplaces oversell, so there is none: the catalogue maps quantity
 * read-only.
 *
 * <p>It is also the reservation system: a buyer who starts paying holds their pieces ({@link
 * org.handmademarket.inventory.Inventory#hold}), which takes them out of what others can buy until
 * the order is placed, the buyer leaves, or the hold expires ({@link
 * org.handmademarket.inventory.HoldExpiry} puts them back).
 */
package org.handmademarket.inventory;
