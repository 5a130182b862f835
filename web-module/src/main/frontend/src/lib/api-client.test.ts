import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { problem, server } from '@/testing/server';
import { apiFetch, apiUrl, CSRF_HEADER } from './api-client';
import { ApiProblem, ProblemTypes, userMessage } from './api-problem';

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('apiFetch', () => {
  it('reads JSON and leaves empty query parameters out of the URL', async () => {
    let url = '';
    server.use(
      http.get('/api/search', ({ request }) => {
        url = request.url;
        return HttpResponse.json({ ok: true });
      }),
    );

    await expect(
      apiFetch('/api/search', { query: { q: 'mug', category: undefined, page: 2, isVintage: '' } }),
    ).resolves.toEqual({ ok: true });
    expect(new URL(url).search).toBe('?q=mug&page=2');
    expect(apiUrl('categories')).toBe('/api/categories');
  });

  it('sends the CSRF header on writes only, and cookies with every call', async () => {
    const seen: Record<string, string | null> = {};
    server.use(
      http.get('/api/me', ({ request }) => {
        seen.get = request.headers.get(CSRF_HEADER.name);
        return HttpResponse.json({});
      }),
      http.post('/api/auth/logout', ({ request }) => {
        seen.post = request.headers.get(CSRF_HEADER.name);
        return new HttpResponse(null, { status: 204 });
      }),
    );

    await apiFetch('/api/me');
    await expect(apiFetch('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();

    expect(seen).toEqual({ get: null, post: 'XMLHttpRequest' });
  });
});

describe('problem parsing', () => {
  it('parses problem+json with its extras', async () => {
    server.use(
      http.post('/api/checkout', () =>
        problem(409, '/problems/items-unavailable', 'Some items are no longer available.', {
          unavailableItems: [{ productId: 4, title: 'Teapot', requested: 2, available: 0 }],
          available: 0,
          inCart: 2,
          correlationId: 'abc',
        }),
      ),
    );

    const error = await caught(apiFetch('/api/checkout', { method: 'POST', body: {} }));

    expect(error.type).toBe('/problems/items-unavailable');
    expect(error.status).toBe(409);
    expect(error.detail).toBe('Some items are no longer available.');
    expect(error.message).toBe(error.detail);
    expect(error.unavailableItems).toEqual([
      { productId: 4, title: 'Teapot', requested: 2, available: 0 },
    ]);
    expect(error.available).toBe(0);
    expect(error.inCart).toBe(2);
    expect(error.correlationId).toBe('abc');
    expect(error.extras).not.toHaveProperty('type');
  });

  it('reads field errors of a validation problem', async () => {
    server.use(
      http.post('/api/auth/register', () =>
        problem(400, ProblemTypes.validation, 'Some fields are not valid: see errors.', {
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        }),
      ),
    );

    const error = await caught(apiFetch('/api/auth/register', { method: 'POST', body: {} }));

    expect(error.is(ProblemTypes.validation)).toBe(true);
    expect(error.fieldErrors).toEqual([
      { field: 'email', message: 'must be a well-formed email address' },
    ]);
  });

  it('reads Retry-After', async () => {
    server.use(
      http.get('/api/search', () =>
        HttpResponse.json(
          { type: ProblemTypes.serviceUnavailable, status: 503, detail: 'Search is down.' },
          {
            status: 503,
            headers: { 'Retry-After': '30', 'Content-Type': 'application/problem+json' },
          },
        ),
      ),
    );

    const error = await caught(apiFetch('/api/search'));

    expect(error.retryAfter).toBe(30);
    expect(error.detail).toBe('Search is down.');
  });

  it('never shows a body that is not a problem: HTML error pages get a friendly sentence', async () => {
    server.use(
      http.get(
        '/api/cart',
        () =>
          new HttpResponse('<html><body>{"stack":"..."}</body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );

    const error = await caught(apiFetch('/api/cart'));

    expect(error.type).toBe(ProblemTypes.unexpectedResponse);
    expect(error.status).toBe(502);
    expect(userMessage(error)).toBe('Something went wrong on our side. Please try again.');
    expect(userMessage(error)).not.toContain('{');
  });

  it('gives a generic detail when the problem has none', async () => {
    server.use(
      http.get('/api/products/9', () => HttpResponse.json({ status: 404 }, { status: 404 })),
    );

    const error = await caught(apiFetch('/api/products/9'));

    expect(error.type).toBe('about:blank');
    expect(error.detail).toBe("We couldn't find what you were looking for.");
  });

  it('turns a network failure into a problem with status 0', async () => {
    server.use(http.get('/api/categories', () => HttpResponse.error()));

    const error = await caught(apiFetch('/api/categories'));

    expect(error.type).toBe(ProblemTypes.network);
    expect(error.status).toBe(0);
    expect(userMessage(error)).toMatch(/couldn't reach/);
  });

  it('has a friendly message for errors that are not problems', () => {
    expect(userMessage(new TypeError('x is undefined'))).toBe(
      'Something went wrong on our side. Please try again.',
    );
  });
});
