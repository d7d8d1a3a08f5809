/**
 * Text from manifests (a label, a name, an annotation) printed to a terminal: kubectl's printers
 * pass it through cli-runtime's terminalEscaper, which shows ESC as `^[` and CR as `\r`, so that
 * no value can retitle, clear or rewrite the user's terminal. The other C0 controls, DEL and the
 * C1 controls (0x9b alone starts a control sequence in many terminals) are shown the same way.
 */

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const IN_LINES = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const IN_CELLS = /[\x00-\x1f\x7f-\x9f]/g;
const NAMED: Record<string, string> = { '\x1b': '^[', '\r': '\\r', '\n': '\\n', '\t': '\\t', '\x7f': '^?' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code < 0x20 ? `^${String.fromCharCode(code + 64)}` : `\\x${code.toString(16)}`;
}

/**
 * `text` with its control characters made visible. `lines` keeps newlines and tabs (a whole
 * output); `cell` escapes them too (one table cell or one line).
 *
 * @example
 * escapeTerminal('zone-\x1b]0;pwned\x07\x1b[2J'); // "zone-^[]0;pwned^G^[[2J"
 */
export function escapeTerminal(text: string, mode: 'lines' | 'cell' = 'lines'): string {
  const pattern = mode === 'lines' ? IN_LINES : IN_CELLS;
  pattern.lastIndex = 0;
  return pattern.test(text) ? text.replace(pattern, visible) : text;
}
