/*
 * Shapes of the identity endpoints as issue 3 describes them. Written by hand because the identity
 * resources are not in the API's OpenAPI document yet; when they are, these become aliases of the
 * generated types in src/api/schema.d.ts.
 */

export type Role = 'SHOPPER' | 'SELLER' | 'SUPPORT' | 'ADMIN';

/** `GET /api/me`. */
export interface User {
  id: number;
  email: string;
  displayName: string;
  roles: Role[];
}

export interface Credentials {
  email: string;
  password: string;
}

export interface Registration extends Credentials {
  displayName: string;
}
