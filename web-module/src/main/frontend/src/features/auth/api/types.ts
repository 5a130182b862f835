import type { Schema } from '@/api/types';

/* The identity endpoints' bodies, as the API's OpenAPI document describes them (src/api/schema.d.ts). */

export type Role = 'SHOPPER' | 'SELLER' | 'SUPPORT' | 'ADMIN';

/** `GET /api/me`. */
export type User = Schema<'AccountProfile'>;

/** The answer of `POST /api/auth/login` and `/register`; the token also comes as the hm_session cookie. */
export type SignedIn = Schema<'SignedIn'>;

/** `POST /api/auth/login` (LoginRequest). */
export type Credentials = Schema<'LoginRequest'>;

/** `POST /api/auth/register` (RegisterRequest). */
export type Registration = Schema<'RegisterRequest'>;

/**
 * What `POST /api/auth/login` says when a code must follow: members of the 401
 * second-factor-required problem document, which the OpenAPI document does not describe.
 */
export interface SecondFactorChallenge {
  challenge: string;
  /** A staff account without an authenticator app: it sets one up within this sign-in. */
  enrolmentRequired: boolean;
}

/** `POST /api/auth/login/totp` (SecondStepRequest). */
export type CodeStep = Schema<'SecondStepRequest'>;

/** The answer of `POST /api/auth/login/totp`: recovery codes only when it finished an enrolment. */
export type CompletedSignIn = Schema<'CompletedSignIn'>;

/** A new authenticator secret (base32) and the otpauth:// URI a QR code carries. */
export type TotpEnrolment = Schema<'TotpEnrolment'>;
