/**
 * Large files in the editor: past a size, a file's model leaves monaco-yaml's language worker
 * alone. That worker parses a model whole into a YAML syntax tree with every position (about 60
 * bytes of memory per character of text, and seconds of CPU for a 12 MB kubectl dump) to serve
 * completion, hover, folding and the outline. A large file keeps folding by indentation, find,
 * undo and every edit, and its keys and comments coloured by a line scan (Monaco's YAML
 * tokenizer took over a second of the page's main thread on a 12 MB dump; Monaco itself stops
 * colouring from 20 MB on); the schema's completion and hover are gone, and the editor says so.
 */

/** From this many characters on, a file is edited in the large-file mode (1 MiB). */
export const LARGE_FILE_CHARS = 1024 * 1024;

/** The language of files read with monaco-yaml's schema features. */
export const YAML_LANGUAGE = 'yaml';

/** The language of large files: YAML's tokenizer and brackets, no language worker. */
export const LARGE_YAML_LANGUAGE = 'yaml-large-file';

/**
 * The editor language for a file of `chars` characters.
 *
 * @example
 * editorLanguageFor('kind: Pod\n'.length); // 'yaml'
 * editorLanguageFor(12_000_000); // 'yaml-large-file'
 */
export function editorLanguageFor(chars: number): string {
  return chars >= LARGE_FILE_CHARS ? LARGE_YAML_LANGUAGE : YAML_LANGUAGE;
}

/** A coloured stretch of a line: from `startIndex` to the next token's start, in the theme's `scopes`. */
export interface LineToken {
  startIndex: number;
  scopes: string;
}

/**
 * The large-file colouring of one line: a block mapping's key (after its indentation and any
 * `- `) and a comment; everything else, JSON lines included, in the text's colour. No state
 * crosses lines, so an edit recolours its own line only.
 *
 * @example
 * largeFileLineTokens('  name: web # the app');
 * // [{ startIndex: 0, scopes: '' }, { startIndex: 2, scopes: 'type' }, { startIndex: 6, scopes: '' }, { startIndex: 12, scopes: 'comment' }]
 */
export function largeFileLineTokens(line: string): LineToken[] {
  let at = 0;
  while (at < line.length && line.charCodeAt(at) === 0x20) at++;
  if (at === line.length) return [{ startIndex: 0, scopes: '' }];
  const tokens: LineToken[] = [{ startIndex: 0, scopes: '' }];
  if (line.charCodeAt(at) === 0x2d /* - */ && (at + 1 === line.length || line.charCodeAt(at + 1) === 0x20)) {
    at += 1;
    while (at < line.length && line.charCodeAt(at) === 0x20) at++;
  }
  const first = line.charCodeAt(at);
  if (first === 0x23 /* # */) return [...tokens, { startIndex: at, scopes: 'comment' }];
  let rest = at;
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */ && first !== 0x22 /* " */ && first !== 0x27 /* ' */) {
    const colon = keyEnd(line, at);
    if (colon !== -1) {
      tokens.push({ startIndex: at, scopes: 'type' }, { startIndex: colon, scopes: '' });
      rest = colon;
    }
  }
  const comment = commentStart(line, rest);
  if (comment !== -1) tokens.push({ startIndex: comment, scopes: 'comment' });
  return tokens;
}

/** The `:` ending a plain key that starts at `from` (followed by a space or the line's end); -1 when none. */
function keyEnd(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a /* : */ && (i + 1 === line.length || line.charCodeAt(i + 1) === 0x20)) return i;
    if (c === 0x23 /* # */ && line.charCodeAt(i - 1) === 0x20) return -1;
  }
  return -1;
}

/** Where a ` #` comment starts after `from`, outside quotes; -1 when none. */
function commentStart(line: string, from: number): number {
  let quote = 0;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x23 && (i === 0 || line.charCodeAt(i - 1) === 0x20)) {
      return i;
    }
  }
  return -1;
}

/** What the editor says while a large file is open. */
export function largeFileNote(chars: number): string {
  return `Large file (${(chars / (1024 * 1024)).toFixed(1)} MiB): editing, find and undo work; schema completion and hover are off.`;
}
