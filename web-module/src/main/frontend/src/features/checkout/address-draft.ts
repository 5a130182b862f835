/**
 * The shipping address being typed at checkout, kept in sessionStorage so that a reload of the page
 * keeps it; cleared once the order is placed. Only the address: never the card number.
 */
export const ADDRESS_DRAFT_KEY = 'checkout-address-draft';

export interface AddressDraft {
  name: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export const ADDRESS_FIELDS = [
  'name',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'country',
] as const satisfies readonly (keyof AddressDraft)[];

export function emptyAddress(country = ''): AddressDraft {
  return { name: '', line1: '', line2: '', city: '', region: '', postalCode: '', country };
}

/** An address of another shape (an order's, with nulls) as a draft. */
export function toDraft(address: Partial<Record<keyof AddressDraft, string | null>>): AddressDraft {
  const draft = emptyAddress();
  for (const field of ADDRESS_FIELDS) {
    const value = address[field];
    draft[field] = typeof value === 'string' ? value : '';
  }
  draft.country = draft.country.toUpperCase();
  return draft;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The draft of this tab, if the buyer typed one. */
export function loadAddressDraft(): AddressDraft | undefined {
  const text = storage()?.getItem(ADDRESS_DRAFT_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object') return undefined;
    return toDraft(value as Record<string, string | null>);
  } catch {
    return undefined;
  }
}

export function saveAddressDraft(draft: AddressDraft): void {
  try {
    storage()?.setItem(ADDRESS_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the draft is a convenience only.
  }
}

export function clearAddressDraft(): void {
  try {
    storage()?.removeItem(ADDRESS_DRAFT_KEY);
  } catch {
    // As above.
  }
}
