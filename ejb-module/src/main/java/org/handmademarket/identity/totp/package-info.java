/**
 * The second factor: time-based one-time passwords (RFC 6238) with single-use recovery codes. Staff
 * accounts must have one; shoppers and sellers may. A correct password to an account that has one,
 * or must have one, gives a short-lived sign-in challenge instead of a session ({@link
 * org.handmademarket.identity.totp.SecondFactor}); {@link
 * org.handmademarket.identity.totp.TwoStepSignIn} turns the challenge and a code into a session,
 * enrolling a staff account that has no second factor yet on the way; {@link
 * org.handmademarket.identity.totp.TotpSettings} lets a signed-in account enrol or disable it. The
 * shared secrets are stored encrypted ({@link org.handmademarket.identity.totp.SecretCipher}), the
 * recovery codes only as hashes.
 */
package org.handmademarket.identity.totp;
