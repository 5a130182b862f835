import { countryName } from './countries';

/** A postal address as the API sends it (a checkout's or an order's shipping address). */
export interface PostalAddress {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region?: string | null;
  postalCode: string;
  country: string;
}

const clean = (value: string | null | undefined) => value?.trim() ?? '';
const join = (parts: (string | null | undefined)[], separator = ' ') =>
  parts.map(clean).filter(Boolean).join(separator);

/**
 * The lines of an address label the way the post of its country expects them:
 *
 * - US, Canada: "Portland, OR 97201"; Australia: "Sydney NSW 2000";
 * - UK and Ireland: town, county, then the postcode on a line of its own;
 * - elsewhere (continental Europe and the rest): "75002 Paris", then the region if any;
 *
 * then the country's name. Empty parts leave no empty lines and no stray commas.
 */
export function addressLines(address: PostalAddress): string[] {
  const city = clean(address.city);
  const region = clean(address.region);
  const postalCode = clean(address.postalCode);
  const country = clean(address.country).toUpperCase();
  let locality: string[];
  switch (country) {
    case 'US':
    case 'CA':
      locality = [join([city && region ? `${city},` : city, region, postalCode])];
      break;
    case 'AU':
      locality = [join([city, region, postalCode])];
      break;
    case 'GB':
    case 'IE':
      locality = [city, region, postalCode];
      break;
    default:
      locality = [join([postalCode, city]), region];
  }
  return [
    clean(address.name),
    clean(address.line1),
    clean(address.line2),
    ...locality,
    country ? countryName(country) : '',
  ].filter(Boolean);
}
