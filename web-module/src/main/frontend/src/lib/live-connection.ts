/**
 * One WebSocket to `/api/live` shared by every component that watches a listing or an order. It opens
 * when the first topic is watched and closes a little after the last one is dropped, so a page that
 * watches nothing costs the server nothing. When the connection drops it reconnects with exponential
 * backoff and jitter, subscribes again and asks every watcher to resync (read again what it may have
 * missed meanwhile), since the server keeps no messages for absent clients.
 */

export type LiveTopicKind = 'listing' | 'order';

export interface LiveTopic {
  kind: LiveTopicKind;
  id: number;
}

/** A message the server pushes: `availability` for a listing, `order` for an order. */
export interface LiveMessage {
  type: string;
  listing?: number;
  order?: number;
  [field: string]: unknown;
}

export interface LiveWatcher {
  onMessage: (message: LiveMessage) => void;
  /** After a reconnect: messages may have been missed, read the current state again. */
  onResync: () => void;
}

/** The smallest socket the connection needs: what `WebSocket` offers. */
export interface LiveSocketLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface LiveConnectionOptions {
  url: string;
  createSocket?: (url: string) => LiveSocketLike;
  random?: () => number;
  /** How long the socket stays open after the last topic is dropped (page to page navigation). */
  lingerMs?: number;
}

const OPEN = 1;
const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/**
 * The wait before reconnect attempt `attempt` (0 for the first): 0.5 s doubling up to 30 s, of which
 * a random half, so that browsers dropped together by a restart do not all come back in the same
 * instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(FIRST_DELAY_MS * 2 ** Math.min(attempt, 16), LONGEST_DELAY_MS);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const keyOf = (topic: LiveTopic) => `${topic.kind}:${topic.id}`;

function topicOf(message: LiveMessage): string | null {
  if (typeof message.listing === 'number') return `listing:${message.listing}`;
  if (typeof message.order === 'number') return `order:${message.order}`;
  return null;
}

export class LiveConnection {
  private readonly watchers = new Map<string, { topic: LiveTopic; watchers: Set<LiveWatcher> }>();
  private readonly createSocket: (url: string) => LiveSocketLike;
  private readonly random: () => number;
  private readonly lingerMs: number;
  private socket: LiveSocketLike | null = null;
  private attempt = 0;
  private missedMessages = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private lingerTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: LiveConnectionOptions) {
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url));
    this.random = options.random ?? Math.random;
    this.lingerMs = options.lingerMs ?? 10_000;
  }

  /** Watches a topic until the returned function is called. */
  watch(topic: LiveTopic, watcher: LiveWatcher): () => void {
    const key = keyOf(topic);
    let entry = this.watchers.get(key);
    if (!entry) {
      entry = { topic, watchers: new Set() };
      this.watchers.set(key, entry);
      this.sendIfOpen({ type: 'subscribe', [topic.kind]: topic.id });
    }
    entry.watchers.add(watcher);
    this.cancelLinger();
    if (!this.socket && !this.reconnectTimer) this.connect();
    return () => this.unwatch(key, watcher);
  }

  private unwatch(key: string, watcher: LiveWatcher) {
    const entry = this.watchers.get(key);
    if (!entry || !entry.watchers.delete(watcher) || entry.watchers.size > 0) return;
    this.watchers.delete(key);
    this.sendIfOpen({ type: 'unsubscribe', [entry.topic.kind]: entry.topic.id });
    if (this.watchers.size === 0) {
      this.lingerTimer = setTimeout(() => this.shutDown(), this.lingerMs);
    }
  }

  private connect() {
    const socket = this.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      for (const { topic } of this.watchers.values()) {
        socket.send(JSON.stringify({ type: 'subscribe', [topic.kind]: topic.id }));
      }
      if (this.missedMessages) {
        this.missedMessages = false;
        for (const entry of this.watchers.values()) entry.watchers.forEach((w) => w.onResync());
      }
    };
    socket.onmessage = (event) => this.dispatch(event.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.missedMessages = true;
      if (this.watchers.size > 0) {
        this.reconnectTimer = setTimeout(
          () => {
            this.reconnectTimer = null;
            this.connect();
          },
          reconnectDelay(this.attempt++, this.random),
        );
      }
    };
    // An error is followed by close, which schedules the reconnect.
    socket.onerror = () => undefined;
  }

  private dispatch(data: unknown) {
    let message: LiveMessage;
    try {
      message = JSON.parse(String(data)) as LiveMessage;
    } catch {
      return;
    }
    if (message.type !== 'availability' && message.type !== 'order') return;
    const key = topicOf(message);
    const entry = key ? this.watchers.get(key) : undefined;
    entry?.watchers.forEach((watcher) => watcher.onMessage(message));
  }

  private sendIfOpen(message: object) {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private cancelLinger() {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
  }

  private shutDown() {
    this.lingerTimer = null;
    if (this.watchers.size > 0) return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const socket = this.socket;
    this.socket = null;
    this.missedMessages = false;
    this.attempt = 0;
    socket?.close(1000, 'nothing to watch');
  }
}

let shared: LiveConnection | null = null;

/** The page's one connection, created on first use; null where the browser has no WebSocket. */
export function liveConnection(): LiveConnection | null {
  if (typeof WebSocket === 'undefined' || typeof window === 'undefined') return null;
  if (!shared) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    shared = new LiveConnection({ url: `${scheme}://${window.location.host}/api/live` });
  }
  return shared;
}
