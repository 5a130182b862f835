import type { components } from '@/api/types';

/*
 * Request bodies come from the generated OpenAPI types. The answers (AccountProfile and SignedIn in
 * ejb-module's identity package) are written by hand because the document declares their status codes
 * without a body schema; when it carries them, these become aliases of the generated types.
 */

export type Role = 'SHOPPER' | 'SELLER' | 'SUPPORT' | 'ADMIN';

/** `GET /api/me`. */
export interface User {
  id: number;
  email: string;
  displayName: string;
  roles: Role[];
  /** The account's shop, or null while it has none. */
  shopSlug?: string | null;
  /** Whether the owner followed the mailed link; a shop can be opened only after. */
  emailVerified: boolean;
}

/** The answer of `POST /api/auth/login` and `/register`; the token also comes as the hm_session cookie. */
export interface SignedIn {
  user: User;
  token: string;
  expiresAt: string;
}

/** `POST /api/auth/login` (LoginRequest). */
export type Credentials = Required<components['schemas']['LoginRequest']>;

/** `POST /api/auth/register` (RegisterRequest). */
export type Registration = Required<components['schemas']['RegisterRequest']>;

/** What `POST /api/auth/login` says when a code must follow (the 401 second-factor-required problem). */
export interface SecondFactorChallenge {
  challenge: string;
  /** A staff account without an authenticator app: it sets one up within this sign-in. */
  enrolmentRequired: boolean;
}

/** `POST /api/auth/login/totp` (SecondStepRequest). */
export interface CodeStep {
  challenge: string;
  code: string;
}

/** The answer of `POST /api/auth/login/totp`: recovery codes only when it finished an enrolment. */
export interface CompletedSignIn extends SignedIn {
  recoveryCodes: string[];
}

/** A new authenticator secret (base32) and the otpauth:// URI a QR code carries. */
export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}
