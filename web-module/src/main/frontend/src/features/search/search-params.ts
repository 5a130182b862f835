import * as z from 'zod/mini';

/** Sort orders of `GET /api/search` (issue 5: relevance, newest, price up and down; issue 19: rating). */
export const SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating'] as const;
export type SearchSort = (typeof SORTS)[number];

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Most relevant',
  newest: 'Newest',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  rating: 'Top rated',
};

export const MAX_QUERY_LENGTH = 200;
/** The API refuses pages beyond 100 (SearchCriteria.MAX_PAGE). */
export const MAX_PAGE = 100;

// The router parses `?minPrice=25` to the number 25 and `?q=123` to a number too: accept both.
// zod/mini keeps the validator small: it ships with the first page (the route tree is not split).
const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => {
    const trimmed = String(value).trim();
    return trimmed && trimmed.length <= MAX_QUERY_LENGTH ? trimmed : undefined;
  }),
);

const price = z.coerce.number().check(z.gte(0), z.lte(1_000_000));

const flag = z.pipe(
  z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]),
  z.transform((value) => value === true || value === 'true' || value === '1'),
);

const stars = z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(5)));

const page = z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(MAX_PAGE)));

/** An optional field that falls back to "not set" on its own when malformed. */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/**
 * The search page's URL state. Every filter lives in the URL so that a search can be shared and the
 * back button restores it. Each field falls back to "not set" on its own when it is malformed, so a
 * hand-edited URL never breaks the page.
 */
export const searchParamsSchema = z.pipe(
  z.object({
    q: lenient(text),
    category: lenient(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))),
    minPrice: lenient(price),
    maxPrice: lenient(price),
    isVintage: lenient(flag),
    minRating: lenient(stars),
    sort: lenient(z.enum(SORTS)),
    page: lenient(page),
  }),
  z.transform((params) => {
    const cleaned = { ...params };
    // A reversed range is a typo: keep the lower bound only.
    if (
      cleaned.minPrice !== undefined &&
      cleaned.maxPrice !== undefined &&
      cleaned.minPrice > cleaned.maxPrice
    ) {
      cleaned.maxPrice = undefined;
    }
    if (cleaned.isVintage === false) cleaned.isVintage = undefined;
    if (cleaned.sort === 'relevance') cleaned.sort = undefined;
    if (cleaned.page === 1) cleaned.page = undefined;
    return stripUndefined(cleaned);
  }),
);

export type SearchParams = z.output<typeof searchParamsSchema>;

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Parses any (untrusted) search object into valid search params. */
export function parseSearchParams(input: unknown): SearchParams {
  const parsed = searchParamsSchema.safeParse(input ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * The next URL state after changing filters: any change other than the page itself starts again at
 * page 1, and defaults are left out of the URL.
 */
export function updateFilters(current: SearchParams, change: Partial<SearchParams>): SearchParams {
  const next: Record<string, unknown> = { ...current, ...change };
  if (!('page' in change)) delete next.page;
  return parseSearchParams(next);
}

/** The API query for the page's state (the API takes the same names). */
export function toApiQuery(params: SearchParams): Record<string, string | number | boolean> {
  const query: Record<string, string | number | boolean> = {};
  if (params.q) query.q = params.q;
  if (params.category) query.category = params.category;
  if (params.minPrice !== undefined) query.minPrice = params.minPrice;
  if (params.maxPrice !== undefined) query.maxPrice = params.maxPrice;
  if (params.isVintage) query.isVintage = true;
  if (params.minRating !== undefined) query.minRating = params.minRating;
  if (params.sort) query.sort = params.sort;
  if (params.page) query.page = params.page;
  return query;
}

/** The price buckets of the facets (design document: Under $25, $25 to $50, $50 to $100, Over $100). */
export interface PriceRange {
  minPrice?: number;
  maxPrice?: number;
}

export function priceRangeOf(key: string): PriceRange | undefined {
  const amounts = [...key.matchAll(/\$?\s*(\d+(?:\.\d+)?)/g)].map((match) => Number(match[1]));
  if (/^under\b/i.test(key) && amounts[0] !== undefined) return { maxPrice: amounts[0] };
  if (/^over\b/i.test(key) && amounts[0] !== undefined) return { minPrice: amounts[0] };
  if (amounts.length === 2) return { minPrice: amounts[0], maxPrice: amounts[1] };
  return undefined;
}

export function isSelectedRange(params: SearchParams, range: PriceRange): boolean {
  return params.minPrice === range.minPrice && params.maxPrice === range.maxPrice;
}
