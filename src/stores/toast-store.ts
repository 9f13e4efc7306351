/** Short messages stacked where no primary button sits (see toasts.css), optionally with one action such as Undo. */
import { create } from 'zustand';
import { newId } from '../lib/ids';

export interface Toast {
  id: string;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it goes away by itself. */
  timeoutMs: number;
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id' | 'timeoutMs' | 'tone'> & Partial<Pick<Toast, 'timeoutMs' | 'tone'>>) => string;
  dismiss: (id: string) => void;
}

export const useToastStore = create<ToastState>((set) => ({
  toasts: [],
  show: (toast) => {
    const id = newId();
    set((state) => ({
      toasts: [...state.toasts.slice(-2), { tone: 'info', timeoutMs: toast.action ? 8000 : 5000, ...toast, id }],
    }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

/** Shows a toast from outside React (e.g. after a command resolves). */
export const showToast = (toast: Parameters<ToastState['show']>[0]) => useToastStore.getState().show(toast);
