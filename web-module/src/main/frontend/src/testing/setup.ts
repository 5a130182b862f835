import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from './server';

// jsdom has no scrolling; the router restores scroll positions on navigation.
window.scrollTo = vi.fn() as typeof window.scrollTo;

// The network boundary: every test answers fetch() with msw handlers; an unhandled request fails.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
  localStorage.clear();
});
afterAll(() => server.close());
