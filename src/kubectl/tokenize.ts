/**
 * Splits a command line into words the way a POSIX shell does for simple commands: blanks
 * separate words, '…' keeps everything literally, "…" keeps blanks and honours \" \\ \$ \`,
 * a backslash outside quotes escapes the next character. No variables, globs or pipes: the
 * terminal runs one command per line.
 */

export interface Token {
  text: string;
  /** Offset of the word's first character in the line (its opening quote, if any). */
  start: number;
  /** Offset just past the word's last character. */
  end: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: string };

const BLANK = /[ \t\r\n]/;
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`']);

/**
 * @example
 * tokenize(`kubectl patch svc echo-svc -p '{"spec":{"type":"NodePort"}}'`);
 * // { ok: true, tokens: [kubectl, patch, svc, echo-svc, -p, {"spec":{"type":"NodePort"}}] }
 */
export function tokenize(line: string): TokenizeResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && BLANK.test(line[i]!)) i++;
    if (i >= line.length) break;
    const start = i;
    let text = '';
    while (i < line.length && !BLANK.test(line[i]!)) {
      const c = line[i]!;
      if (c === "'") {
        const close = line.indexOf("'", i + 1);
        if (close < 0) return { ok: false, error: `unterminated quoted string: the ' at column ${i + 1} is never closed` };
        text += line.slice(i + 1, close);
        i = close + 1;
      } else if (c === '"') {
        const open = i;
        i++;
        let closed = false;
        while (i < line.length) {
          const d = line[i]!;
          if (d === '"') {
            closed = true;
            i++;
            break;
          }
          if (d === '\\' && i + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[i + 1]!)) {
            text += line[i + 1];
            i += 2;
          } else {
            text += d;
            i++;
          }
        }
        if (!closed) return { ok: false, error: `unterminated quoted string: the " at column ${open + 1} is never closed` };
      } else if (c === '\\') {
        if (i + 1 >= line.length) return { ok: false, error: 'the line ends with a lone backslash' };
        text += line[i + 1];
        i += 2;
      } else {
        text += c;
        i++;
      }
    }
    tokens.push({ text, start, end: i });
  }
  return { ok: true, tokens };
}
