import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { changePasswordSchema, linkToken, newPasswordSchema } from './validation';

describe('mailed links', () => {
  const search = z.object({ token: linkToken });

  it('keeps a token of 43 base64url characters', () => {
    const token = 'a'.repeat(40) + '_-9';
    expect(search.parse({ token })).toEqual({ token });
  });

  it('drops anything else instead of sending it to the API', () => {
    expect(search.parse({ token: 'short' })).toEqual({ token: undefined });
    expect(search.parse({ token: 'a'.repeat(42) + '/' })).toEqual({ token: undefined });
    expect(search.parse({})).toEqual({ token: undefined });
  });
});

describe('a new password', () => {
  it('follows the registration rules', () => {
    expect(newPasswordSchema.safeParse({ password: 'too short' }).success).toBe(false);
    expect(newPasswordSchema.safeParse({ password: 'long enough now' }).success).toBe(true);
  });
});

describe('a password change', () => {
  it('needs the current password and a new one that follows the registration rules', () => {
    const change = (currentPassword: string, newPassword: string) =>
      changePasswordSchema.safeParse({ currentPassword, newPassword }).success;
    expect(change('', 'long enough now')).toBe(false);
    expect(change('old one', 'too short')).toBe(false);
    expect(change('old one', 'long enough now')).toBe(true);
  });
});
