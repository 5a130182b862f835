import { ApiProblem } from './api-problem';

/**
 * The header that marks a request as made by our own scripts. The API refuses cookie-authenticated
 * writes without it (a page on another site cannot set custom headers on a cross-site request without a
 * CORS preflight, which the API does not grant). Changing the header name or value is a change here only.
 */
export const CSRF_HEADER = { name: 'X-Requested-With', value: 'XMLHttpRequest' } as const;

const READ_METHODS = new Set(['GET', 'HEAD']);

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query parameters; undefined, null and empty strings are left out. */
  query?: Record<string, QueryValue>;
  /** Serialised as JSON, except a file (an upload), which is sent as it is with its own type. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Builds `/api/...?a=b`, leaving empty parameters out so that URLs stay canonical (and cacheable). */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const base = path.startsWith('/api/') ? path : `/api/${path.replace(/^\/+/, '')}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls the API: same-origin with the session cookie, JSON in and out, the CSRF header on writes. Any
 * answer other than 2xx becomes an {@link ApiProblem}; so does a network failure (status 0).
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  if (!READ_METHODS.has(method)) {
    headers.set(CSRF_HEADER.name, CSRF_HEADER.value);
  }
  const upload = request.body instanceof Blob ? request.body : undefined;
  if (upload) {
    headers.set('Content-Type', upload.type || 'application/octet-stream');
  } else if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    headers.set(name, value);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, request.query), {
      method,
      headers,
      body: upload ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
      credentials: 'include',
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw ApiProblem.network(error);
  }

  if (!response.ok) {
    const contentType = response.headers.get('Content-Type') ?? '';
    const body = contentType.includes('json') ? await readJson(response) : undefined;
    throw ApiProblem.fromBody(response.status, body, retryAfterSeconds(response));
  }
  if (response.status === 204 || method === 'HEAD') {
    return undefined as T;
  }
  const body = await readJson(response);
  return body as T;
}
