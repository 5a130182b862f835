import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'warning';
  message: string;
  details?: string[];
  /** The page (path) the shopper has seen the notice on; it is not carried to the next page. */
  seenOn?: string;
}

interface NoticesState {
  notices: Notice[];
  push: (notice: Omit<Notice, 'id' | 'seenOn'>) => void;
  dismiss: (id: number) => void;
  /** The notices have been on screen on `path` long enough to be read. */
  markSeen: (ids: number[], path: string) => void;
  /** The shopper is on `path` now: notices they saw on another page are done with. */
  leftFor: (path: string) => void;
}

let nextId = 1;

/**
 * Page-independent messages (UI state): "2 items from your cart could not be added", ... A notice
 * shows until it is dismissed or until the shopper, having seen it on one page, moves to another:
 * it does not follow them around.
 */
export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  push: (notice) => set((state) => ({ notices: [...state.notices, { ...notice, id: nextId++ }] })),
  dismiss: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  markSeen: (ids, path) =>
    set((state) => ({
      notices: state.notices.map((notice) =>
        ids.includes(notice.id) && !notice.seenOn ? { ...notice, seenOn: path } : notice,
      ),
    })),
  leftFor: (path) =>
    set((state) => {
      const kept = state.notices.filter((notice) => !notice.seenOn || notice.seenOn === path);
      return kept.length === state.notices.length ? state : { notices: kept };
    }),
}));
