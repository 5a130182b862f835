/**
 * The countries the storefront offers for shipping (ISO 3166-1 alpha-2), with their English names
 * from Intl.DisplayNames. The API accepts any alpha-2 code; a shop's shipping profile decides
 * whether it ships there.
 */
export const SHIPPING_COUNTRY_CODES = [
  'US',
  'CA',
  'GB',
  'IE',
  'DE',
  'FR',
  'NL',
  'BE',
  'ES',
  'IT',
  'AT',
  'CH',
  'SE',
  'DK',
  'NO',
  'FI',
  'PT',
  'PL',
  'AU',
  'NZ',
  'JP',
] as const;

let regionNames: Intl.DisplayNames | undefined;

/** "United Kingdom" for "GB"; the code itself when the runtime does not know it. */
export function countryName(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return code;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(upper) ?? upper;
  } catch {
    return upper;
  }
}

/** The shipping countries as select options, sorted by name ("Australia", "Austria", ...). */
export function countryOptions(extra?: string | null): { code: string; name: string }[] {
  const codes = new Set<string>(SHIPPING_COUNTRY_CODES);
  if (extra && /^[A-Z]{2}$/.test(extra)) codes.add(extra);
  return [...codes]
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
