import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LiveConnection,
  reconnectDelay,
  type LiveMessage,
  type LiveSocketLike,
} from './live-connection';

class FakeSocket implements LiveSocketLike {
  readyState = 0;
  sent: unknown[] = [];
  closedWith: number | null = null;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  send(data: string) {
    this.sent.push(JSON.parse(data));
  }

  close(code?: number) {
    this.closedWith = code ?? 1000;
    this.readyState = 3;
  }

  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  push(message: object) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  drop() {
    this.readyState = 3;
    this.onerror?.(new Event('error'));
    this.onclose?.(new CloseEvent('close', { code: 1006 }));
  }
}

function watcher() {
  return {
    onMessage: vi.fn<(message: LiveMessage) => void>(),
    onResync: vi.fn<() => void>(),
  };
}

describe('reconnectDelay', () => {
  it('doubles from half a second up to thirty seconds, keeping a random half', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, () => 1))).toEqual([
      500, 1000, 2000, 4000,
    ]);
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(10, () => 1)).toBe(30_000);
    expect(reconnectDelay(1_000, () => 0)).toBe(15_000);
  });
});

describe('LiveConnection', () => {
  let sockets: FakeSocket[];
  let connection: LiveConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    connection = new LiveConnection({
      url: 'ws://shop.test/api/live',
      createSocket: () => {
        const socket = new FakeSocket();
        sockets.push(socket);
        return socket;
      },
      random: () => 1,
      lingerMs: 1000,
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens one socket on the first watch and subscribes every topic once it is open', () => {
    connection.watch({ kind: 'listing', id: 42 }, watcher());
    connection.watch({ kind: 'listing', id: 42 }, watcher());
    connection.watch({ kind: 'order', id: 7 }, watcher());
    expect(sockets).toHaveLength(1);

    sockets[0]!.open();
    expect(sockets[0]!.sent).toEqual([
      { type: 'subscribe', listing: 42 },
      { type: 'subscribe', order: 7 },
    ]);
  });

  it('hands a message to the watchers of its topic only', () => {
    const mug = watcher();
    const vase = watcher();
    connection.watch({ kind: 'listing', id: 1 }, mug);
    connection.watch({ kind: 'listing', id: 2 }, vase);
    sockets[0]!.open();

    sockets[0]!.push({ type: 'availability', listing: 1, available: 0, status: 'SOLD_OUT' });
    sockets[0]!.push({ type: 'subscribed', listing: 2 });

    expect(mug.onMessage).toHaveBeenCalledWith(
      expect.objectContaining({ listing: 1, available: 0 }),
    );
    expect(vase.onMessage).not.toHaveBeenCalled();
  });

  it('reconnects with growing delays, then subscribes again and asks watchers to resync', () => {
    const page = watcher();
    connection.watch({ kind: 'listing', id: 42 }, page);
    sockets[0]!.open();
    expect(page.onResync).not.toHaveBeenCalled();

    sockets[0]!.drop();
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);

    sockets[1]!.drop();
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    sockets[2]!.open();
    expect(sockets[2]!.sent).toEqual([{ type: 'subscribe', listing: 42 }]);
    expect(page.onResync).toHaveBeenCalledTimes(1);

    sockets[2]!.drop();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('closes the socket a while after the last watcher leaves, and stops reconnecting', () => {
    const stop = connection.watch({ kind: 'listing', id: 42 }, watcher());
    sockets[0]!.open();

    stop();
    expect(sockets[0]!.sent).toContainEqual({ type: 'unsubscribe', listing: 42 });
    vi.advanceTimersByTime(1000);
    expect(sockets[0]!.closedWith).toBe(1000);

    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('keeps the socket when another page watches again before it closes', () => {
    const stop = connection.watch({ kind: 'listing', id: 42 }, watcher());
    sockets[0]!.open();
    stop();
    connection.watch({ kind: 'listing', id: 43 }, watcher());
    vi.advanceTimersByTime(5000);

    expect(sockets).toHaveLength(1);
    expect(sockets[0]!.closedWith).toBeNull();
    expect(sockets[0]!.sent).toContainEqual({ type: 'subscribe', listing: 43 });
  });
});
