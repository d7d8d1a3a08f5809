/** The terminal's part of the store: its scrollback, its history and the one way to run a line. */

export interface TerminalLine {
  id: number;
  kind: 'input' | 'output' | 'error' | 'hint';
  text: string;
}

export interface TerminalSlice {
  /** What the terminal shows, oldest first (text only; capped). */
  terminalLines: TerminalLine[];
  /** Lines run, oldest first, for ↑/↓. */
  terminalHistory: string[];
  /**
   * Runs one line as if typed into the terminal (tours call this too): prints it and its answer,
   * and puts the cluster events it makes on the timeline. Resolves once the line has run (the
   * interpreter is loaded with the first line).
   */
  runTerminalCommand(line: string): Promise<{ output: string; exitCode: number }>;
  clearTerminal(): void;
  /** `kubectl get … -w` being watched: its rows print again as they change on the timeline. */
  terminalWatch: import('../kubectl/watch').WatchState | null;
  /** Ctrl+C (or the next command): the watch ends. */
  stopTerminalWatch(): void;
}
