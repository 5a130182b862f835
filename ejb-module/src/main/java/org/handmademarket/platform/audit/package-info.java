/**
 * The audit log: who did what to which target, when and why. Features write an entry in the same
 * transaction as the action it records; the support feature lets admins browse it. The writer knows
 * no feature: actions and target types are the callers' vocabulary.
 */
package org.handmademarket.platform.audit;
