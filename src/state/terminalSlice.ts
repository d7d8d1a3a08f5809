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
type Interpreter = [typeof import('../kubectl/executeCommand'), typeof import('./terminalContext'), typeof import('../kubectl/watch')];
let interpreter: Promise<Interpreter> | undefined;
let loaded: Interpreter | undefined;
const loadInterpreter = () =>
  (interpreter ??= Promise.all([import('../kubectl/executeCommand'), import('./terminalContext'), import('../kubectl/watch')]).then(
    (modules) => (loaded = modules),
  ));

export const createTerminalSlice: StateCreator<StoreState, [], [], TerminalSlice> = (set, get, api) => {
  let nextId = 1;
  const line = (kind: TerminalLine['kind'], text: string): TerminalLine => ({ id: nextId++, kind, text });

  // A watched list prints its changed rows whenever the live cluster changes (the timeline plays or moves).
  api.subscribe((state, previous) => {
    const watch = state.terminalWatch;
    if (!watch || !loaded || state.report === previous.report) return;
    const [, { terminalContext }, { advanceWatch }] = loaded;
    const { lines, next } = advanceWatch(watch, terminalContext(state));
    const added = lines.map((text) => line('output', text));
    set({ terminalWatch: next, ...(added.length ? { terminalLines: [...state.terminalLines, ...added].slice(-MAX_LINES) } : {}) });
  });

  return {
    terminalLines: [],
    terminalHistory: [],
    terminalWatch: null,

    stopTerminalWatch() {
      if (get().terminalWatch)
        set({ terminalWatch: null, terminalLines: [...get().terminalLines, line('output', '^C')].slice(-MAX_LINES) });
    },

    async runTerminalCommand(input) {
      const text = input.trim();
      const [{ runLine }, { terminalContext }, { startWatch }] = await loadInterpreter();
      if (get().terminalWatch) set({ terminalWatch: null });
      const state = get();
      const context = terminalContext(state);
      const result = runLine(text, context);
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
        const watch = result.watch ? startWatch(text, context) : null;
        if (watch) added.push(line('hint', 'Watching: changed rows print as the timeline plays; Ctrl+C or the next command stops.'));
        set({ terminalLines: [...state.terminalLines, ...added].slice(-MAX_LINES), terminalHistory: history, terminalWatch: watch });
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
