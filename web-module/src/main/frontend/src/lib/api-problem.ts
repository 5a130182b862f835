import * as z from 'zod/mini';

/** One field that failed validation, as the API reports it in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/** An item the checkout could not sell, as the API reports it in a problem's `unavailableItems`. */
export interface UnavailableItem {
  productId: number;
  title: string;
  requested: number;
  available: number;
  /** When other buyers' holds on it end (ISO instant), or null/absent when nobody holds it. */
  heldUntil?: string | null;
}

const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
const unavailableItemSchema = z.object({
  productId: z.coerce.number(),
  title: z.string(),
  requested: z.coerce.number(),
  available: z.coerce.number(),
  heldUntil: z.optional(z.nullable(z.string())),
});

// RFC 9457 members plus the extras our API sends (docs/api.md). Unknown members are kept.
const problemSchema = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
});

/** Problem types the storefront reacts to; the API's full list is in docs/api.md. */
export const ProblemTypes = {
  validation: '/problems/validation',
  malformedRequest: '/problems/malformed-request',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  serviceUnavailable: '/problems/service-unavailable',
  internal: '/problems/internal',
  cartEmpty: '/problems/cart-empty',
  itemsUnavailable: '/problems/items-unavailable',
  shippingUnavailable: '/problems/shipping-unavailable',
  totalsChanged: '/problems/totals-changed',
  tooManyHolds: '/problems/too-many-holds',
  paymentDeclined: '/problems/payment-declined',
  paymentsUnavailable: '/problems/payments-unavailable',
  invalidToken: '/problems/invalid-token',
  secondFactorRequired: '/problems/second-factor-required',
  invalidCode: '/problems/invalid-code',
  challengeExpired: '/problems/challenge-expired',
  /** Not sent by the API: the browser could not reach it at all. */
  network: 'urn:handmade-market:network',
  /** Not sent by the API: an error answer that was not a problem document (a proxy's HTML page, say). */
  unexpectedResponse: 'urn:handmade-market:unexpected-response',
} as const;

const fallbackDetail: Record<number, string> = {
  0: "We couldn't reach Handmade Market. Check your connection and try again.",
  400: 'Something in that request was not quite right. Please check and try again.',
  401: 'Please sign in to continue.',
  403: "You don't have access to that.",
  404: "We couldn't find what you were looking for.",
  409: 'That changed while you were looking. Please try again.',
  429: 'Too many attempts. Please wait a moment and try again.',
  503: 'Handmade Market is busy right now. Please try again in a moment.',
};

function defaultDetail(status: number): string {
  return fallbackDetail[status] ?? 'Something went wrong on our side. Please try again.';
}

/**
 * An error answer of the API (an RFC 9457 problem document), or the failure to get one. `detail` is
 * always a sentence fit to show to a shopper; the actionable extras are typed accessors.
 */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string | undefined;
  /** Members beyond the RFC's five: `available`, `inCart`, `unavailableItems`, `errors`, ... */
  readonly extras: Readonly<Record<string, unknown>>;
  /** Seconds from a `Retry-After` header, when the API sent one. */
  readonly retryAfter: number | undefined;

  constructor(init: {
    type: string;
    title?: string;
    status: number;
    detail?: string;
    instance?: string;
    extras?: Record<string, unknown>;
    retryAfter?: number;
  }) {
    const detail = init.detail?.trim() || defaultDetail(init.status);
    super(detail);
    this.name = 'ApiProblem';
    this.type = init.type;
    this.title = init.title ?? detail;
    this.status = init.status;
    this.detail = detail;
    this.instance = init.instance;
    this.extras = init.extras ?? {};
    this.retryAfter = init.retryAfter;
  }

  /** How many units the shop has (sent when a quantity was refused). */
  get available(): number | undefined {
    return asCount(this.extras.available);
  }

  /** How many units the shopper already has in the cart (sent with `available`). */
  get inCart(): number | undefined {
    return asCount(this.extras.inCart);
  }

  get unavailableItems(): UnavailableItem[] {
    const parsed = z.array(unavailableItemSchema).safeParse(this.extras.unavailableItems);
    return parsed.success ? parsed.data : [];
  }

  get fieldErrors(): FieldError[] {
    const parsed = z.array(fieldErrorSchema).safeParse(this.extras.errors);
    return parsed.success ? parsed.data : [];
  }

  get correlationId(): string | undefined {
    const value = this.extras.correlationId;
    return typeof value === 'string' ? value : undefined;
  }

  is(type: string): boolean {
    return this.type === type;
  }

  /** Reads a problem from a parsed JSON body; anything that is not a problem gets a generic one. */
  static fromBody(status: number, body: unknown, retryAfter?: number): ApiProblem {
    const parsed = problemSchema.safeParse(body);
    if (!parsed.success) {
      return new ApiProblem({ type: ProblemTypes.unexpectedResponse, status, retryAfter });
    }
    const { type, title, status: bodyStatus, detail, instance, ...extras } = parsed.data;
    return new ApiProblem({
      type: type ?? 'about:blank',
      title,
      status: bodyStatus ?? status,
      detail,
      instance,
      extras,
      retryAfter,
    });
  }

  static network(cause?: unknown): ApiProblem {
    const problem = new ApiProblem({ type: ProblemTypes.network, status: 0 });
    if (cause !== undefined) {
      Object.defineProperty(problem, 'cause', { value: cause });
    }
    return problem;
  }
}

function asCount(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

/** A sentence to show for any error: the problem's detail, never a raw response body or stack. */
export function userMessage(error: unknown): string {
  if (isApiProblem(error)) {
    return error.detail;
  }
  return defaultDetail(500);
}
