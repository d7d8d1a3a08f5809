import type { StateCreator } from 'zustand';
import type { TerminalLine, TerminalSlice } from './terminalTypes';
import type { StoreState } from './types';

/** Scrollback kept, in lines of text. */
const MAX_LINES = 2000;
const MAX_HISTORY = 200;

/**
 * The kubectl interpreter and the live cluster it reads (the timeline's engine replays it), loaded
 * with the first line run: the first paint needs neither.
 */
let interpreter: Promise<[typeof import('../kubectl/executeCommand'), typeof import('./terminalContext')]> | undefined;
const loadInterpreter = () => (interpreter ??= Promise.all([import('../kubectl/executeCommand'), import('./terminalContext')]));

export const createTerminalSlice: StateCreator<StoreState, [], [], TerminalSlice> = (set, get) => {
  let nextId = 1;
  const line = (kind: TerminalLine['kind'], text: string): TerminalLine => ({ id: nextId++, kind, text });

  return {
    terminalLines: [],
    terminalHistory: [],

    async runTerminalCommand(input) {
      const text = input.trim();
      const [{ runLine }, { terminalContext }] = await loadInterpreter();
      const state = get();
      const result = runLine(text, terminalContext(state));
      const history =
        text && state.terminalHistory[state.terminalHistory.length - 1] !== text
          ? [...state.terminalHistory, text].slice(-MAX_HISTORY)
          : state.terminalHistory;
      if (result.clear) {
        set({ terminalLines: [], terminalHistory: history });
      } else {
        const added = [line('input', text)];
        const body =
          result.hint && result.output.endsWith(`\n${result.hint}`) ? result.output.slice(0, -result.hint.length - 1) : result.output;
        if (body) added.push(line(result.exitCode === 0 ? 'output' : 'error', body));
        if (result.hint && body !== result.output) added.push(line('hint', result.hint));
        set({ terminalLines: [...state.terminalLines, ...added].slice(-MAX_LINES), terminalHistory: history });
      }
      if (result.affinity) set({ affinity: result.affinity });
      for (const event of result.events) get().dispatch(event, text);
      return { output: result.output, exitCode: result.exitCode };
    },

    clearTerminal() {
      set({ terminalLines: [] });
    },
  };
};
