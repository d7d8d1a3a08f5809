/**
 * `kubectl get … -w`: after the list, kubectl prints a row each time an object changes, aligned
 * to the widths the table had (its tabwriter remembers them). The terminal keeps a snapshot of the
 * rows and, as the timeline plays, prints the rows that changed, appeared or went away (a deleted
 * object's last row, as kubectl prints the DELETED event's object).
 */
import { escapeTerminal } from '../format/escapeTerminal';
import { tableBlocks, findItems } from './commands/get';
import { isReady, type TerminalContext } from './context';
import { parseCommandLine } from './parseCommandLine';

export interface WatchState {
  /** The `get` line being watched. */
  line: string;
  /** Each object's cells, keyed `Kind namespace/name`. */
  rows: Record<string, Snapshot>;
  /** Column widths so far (they only grow, like the tabwriter's remembered widths). */
  widths: number[];
}

interface Snapshot {
  cells: string[];
  /** The cells that change only when the object does (ages left out): a watch event is a change of the object. */
  signature: string;
}

/** Columns that change with time alone. */
const CLOCK_COLUMNS = new Set(['AGE', 'LAST SEEN', 'FIRST SEEN']);

function snapshot(line: string, context: TerminalContext): Record<string, Snapshot> | null {
  const parsed = parseCommandLine(line);
  if (!parsed.ok || parsed.command.program !== 'kubectl' || parsed.command.verb !== 'get' || !isReady(context)) return null;
  const { args, flags } = parsed.command;
  const found = findItems(args, flags, context);
  if (!found.ok) return null;
  const rows: Record<string, Snapshot> = {};
  const { 'no-headers': _noHeaders, ...withHeaders } = flags;
  for (const block of tableBlocks(found.items, flags.output === 'wide', withHeaders, flags['all-namespaces'] === true)) {
    const clock = new Set((block.header ?? []).flatMap((h, i) => (CLOCK_COLUMNS.has(h) ? [i] : [])));
    for (const row of block.rows) rows[row.key] = { cells: row.cells, signature: row.cells.filter((_, i) => !clock.has(i)).join('\u0000') };
  }
  return rows;
}

const widen = (widths: number[], cells: readonly string[]): number[] =>
  cells.map((cell, i) => (i < cells.length - 1 ? Math.max(widths[i] ?? 6, [...cell].length + 3, 6) : 0));

/**
 * The watch after `line` printed its list (the widths of that table included).
 *
 * @example
 * startWatch('kubectl get pods -w', context); // { line, rows: { 'Pod default/client': [...] }, widths: [...] }
 */
export function startWatch(line: string, context: TerminalContext): WatchState | null {
  const rows = snapshot(line, context);
  if (!rows) return null;
  const parsed = parseCommandLine(line);
  let widths: number[] = [];
  if (parsed.ok && parsed.command.program === 'kubectl') {
    const { args, flags } = parsed.command;
    const found = isReady(context) ? findItems(args, flags, context) : null;
    if (found?.ok)
      for (const block of tableBlocks(found.items, flags.output === 'wide', flags, flags['all-namespaces'] === true))
        for (const cells of [...(block.header ? [block.header] : []), ...block.rows.map((r) => r.cells)]) widths = widen(widths, cells);
  }
  return { line, rows, widths };
}

/** The rows to print now, and the watch's next state. */
export function advanceWatch(watch: WatchState, context: TerminalContext): { lines: string[]; next: WatchState } {
  const rows = snapshot(watch.line, context);
  if (!rows) return { lines: [], next: watch };
  const changed: string[][] = [];
  for (const [key, row] of Object.entries(rows)) {
    const before = watch.rows[key];
    if (!before || before.signature !== row.signature) changed.push(row.cells);
  }
  for (const [key, row] of Object.entries(watch.rows)) if (!(key in rows)) changed.push(row.cells);
  // Each change is one flush of kubectl's tabwriter: widths remembered, grown by the row if it needs more.
  let widths = watch.widths;
  const lines = changed.map((cells) => {
    widths = widen(widths, cells);
    // Names from manifests are data: control characters made visible, as in every other output.
    return escapeTerminal(cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!) : cell)).join(''));
  });
  return { lines, next: { line: watch.line, rows, widths } };
}
