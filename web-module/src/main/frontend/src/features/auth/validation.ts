import * as z from 'zod/mini';
import type { FieldError } from '@/lib/api-problem';

export const signInSchema = z.object({
  email: z.email('Enter your email address, like name@example.com'),
  password: z.string().check(z.minLength(1, 'Enter your password')),
});

/** Six digits of the app, or a recovery code (24 letters and digits, dashes and spaces allowed). */
export const codeSchema = z.object({
  code: z
    .string()
    .check(
      z.trim(),
      z.minLength(6, 'Enter the 6-digit code of your authenticator app'),
      z.maxLength(40, 'That is longer than any code'),
    ),
});

export const registerSchema = z.object({
  displayName: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Enter the name shops will see'),
      z.maxLength(80, 'Use at most 80 characters'),
    ),
  email: z.email('Enter your email address, like name@example.com'),
  password: z
    .string()
    .check(
      z.minLength(10, 'Use at least 10 characters'),
      z.maxLength(128, 'Use at most 128 characters'),
    ),
});

export const forgotPasswordSchema = z.object({
  email: z.email('Enter your email address, like name@example.com'),
});

export const newPasswordSchema = z.object({
  password: registerSchema.shape.password,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().check(z.minLength(1, 'Enter your current password')),
  newPassword: registerSchema.shape.password,
});

/** The token of the mailed link: 43 base64url characters, anything else is no token. */
export const linkToken = z.catch(
  z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))),
  undefined,
);

export type FormErrors = Partial<Record<string, string>>;

/** The first message per field, from zod or from the API's `errors`. */
export function toFormErrors(
  issues: { path: PropertyKey[]; message: string }[] | FieldError[],
): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = 'field' in issue ? issue.field : String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
