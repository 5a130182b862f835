import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'warning';
  message: string;
  details?: string[];
}

interface NoticesState {
  notices: Notice[];
  push: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Page-independent messages (UI state): "2 items from your cart could not be added", ... */
export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  push: (notice) => set((state) => ({ notices: [...state.notices, { ...notice, id: nextId++ }] })),
  dismiss: (id) =>
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
