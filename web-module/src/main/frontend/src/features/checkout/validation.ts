import * as z from 'zod/mini';

const required = (message: string, max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, message), z.maxLength(max, `Use at most ${max} characters`));

const optionalText = (max: number) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, `Use at most ${max} characters`))),
    z.transform((value) => value || undefined),
  );

export const addressSchema = z.object({
  name: required('Enter the name of the person receiving the parcel', 120),
  line1: required('Enter the street address', 200),
  line2: optionalText(200),
  city: required('Enter the town or city', 100),
  region: optionalText(100),
  postalCode: required('Enter the postal code', 16).check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, 'Enter a valid postal code'),
  ),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Choose a country')),
});

export const COUNTRIES: { code: string; name: string }[] = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'IE', name: 'Ireland' },
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'ES', name: 'Spain' },
  { code: 'IT', name: 'Italy' },
  { code: 'AU', name: 'Australia' },
];
