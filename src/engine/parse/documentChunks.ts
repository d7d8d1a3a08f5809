/**
 * Splits a YAML stream at its `---` lines so each document can be parsed (and cached) alone,
 * and counts the whole file's lines so positions stay file-relative.
 */
import { LineCounter } from 'yaml';

export interface DocumentChunk {
  /** The document's text, starting with its `---` line (except the first). */
  text: string;
  /** Offset of `text` in the file. */
  offset: number;
}

const MARKER = /^---(?=[ \t\r\n]|$)/gm;

/**
 * The file's documents, cut before each `---` line. A stream with directives (`%YAML`) or
 * document-end markers (`...`) stays one chunk: those change how the next document reads.
 *
 * @example
 * splitDocuments('a: 1\n---\nb: 2\n').map((c) => c.offset); // [0, 5]
 */
export function splitDocuments(text: string): DocumentChunk[] {
  if (/^(%|\.\.\.)/m.test(text)) return [{ text, offset: 0 }];
  const chunks: DocumentChunk[] = [];
  let start = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index === 0) continue;
    chunks.push({ text: text.slice(start, match.index), offset: start });
    start = match.index;
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

/**
 * A LineCounter over the whole text, as the YAML lexer would have filled it.
 *
 * @example
 * lineCounterOf('a\nb').linePos(2); // { line: 2, col: 1 }
 */
export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/** Reads positions of a chunk at `offset` as positions in the whole file. */
export function shiftedLineCounter(counter: LineCounter, offset: number): LineCounter {
  if (offset === 0) return counter;
  return { lineStarts: counter.lineStarts, addNewLine: counter.addNewLine, linePos: (at: number) => counter.linePos(at + offset) };
}
