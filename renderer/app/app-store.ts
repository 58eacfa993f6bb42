// What the whole app knows: the host's info (unit, today, features) and the passing notices.
import { create } from 'zustand';
import type { AppInfo } from '../../shared/api/setup-schemas';
import { call, messageOf } from '../api/client';

export interface Notice {
  id: number;
  tone: 'ok' | 'error';
  text: string;
}

interface AppState {
  info: AppInfo | null;
  loadError: string | null;
  notices: Notice[];
  /** A PDF shown for printing in the browser host. */
  preview: { url: string; fileName: string } | null;
  load(): Promise<void>;
  notify(text: string, tone?: Notice['tone']): void;
  dismiss(id: number): void;
  showPreview(url: string, fileName: string): void;
  closePreview(): void;
}

let nextNotice = 1;

export const useApp = create<AppState>((set, get) => ({
  info: null,
  loadError: null,
  notices: [],
  preview: null,
  async load() {
    try {
      set({ info: await call('app.info', {}), loadError: null });
    } catch (error) {
      set({ loadError: messageOf(error) });
    }
  },
  notify(text, tone = 'ok') {
    const id = nextNotice++;
    set({ notices: [...get().notices, { id, tone, text }].slice(-4) });
    setTimeout(() => get().dismiss(id), tone === 'error' ? 12_000 : 5_000);
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  showPreview(url, fileName) {
    const old = get().preview;
    if (old) URL.revokeObjectURL(old.url);
    set({ preview: { url, fileName } });
  },
  closePreview() {
    const old = get().preview;
    if (old) URL.revokeObjectURL(old.url);
    set({ preview: null });
  },
}));

export const notify = (text: string, tone?: Notice['tone']) => useApp.getState().notify(text, tone);
export const notifyError = (error: unknown) => useApp.getState().notify(messageOf(error), 'error');
