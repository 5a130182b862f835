import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

export const server = setupServer();

/** An RFC 9457 answer as the API sends it. */
export function problem(status: number, type: string, detail: string, extras: object = {}) {
  return HttpResponse.json(
    { type, title: detail, status, detail, ...extras },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
