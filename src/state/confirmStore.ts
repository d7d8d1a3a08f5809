/** "Discard your work?" questions, answered in ConfirmDialog: ask() resolves true to go ahead. */
import { create } from 'zustand';

export interface Question {
  title: string;
  message: string;
  confirmLabel: string;
}

interface ConfirmState {
  question: Question | null;
  answer: ((ok: boolean) => void) | null;
  ask(question: Question): Promise<boolean>;
  settle(ok: boolean): void;
}

export const useConfirm = create<ConfirmState>()((set, get) => ({
  question: null,
  answer: null,
  ask(question) {
    get().answer?.(false);
    return new Promise<boolean>((resolve) => set({ question, answer: resolve }));
  },
  settle(ok) {
    const answer = get().answer;
    set({ question: null, answer: null });
    answer?.(ok);
  },
}));
