import { HttpResponse, ws } from 'msw';
import { setupServer } from 'msw/node';

/** Components that watch live updates connect to /api/live; in tests the socket opens and stays quiet. */
const liveUpdates = ws.link('*/api/live').addEventListener('connection', () => undefined);

export const server = setupServer(liveUpdates);

/** An RFC 9457 answer as the API sends it. */
export function problem(status: number, type: string, detail: string, extras: object = {}) {
  return HttpResponse.json(
    { type, title: detail, status, detail, ...extras },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
