/**
 * Documents written as JSON (what `kubectl get -o json` prints) read by `JSON.parse`: the same
 * value the YAML parser gives, tens of times sooner. The YAML syntax tree, needed only to point a
 * diagnostic at a field, is built when first asked for. A document that is not plain JSON, or
 * repeats a key (which YAML refuses and JSON.parse would hide), goes the YAML way.
 */
export interface JsonDocument {
  value: Record<string, unknown>;
  /** Offsets of the object's braces in the chunk: [start, end). */
  start: number;
  end: number;
}

const LEADING_SPACE = /^\s*/;
const STRING_OR_KEY = /"(?:[^"\\\n]|\\.)*"(\s*:)?/g;

/**
 * The chunk's object when the chunk is one JSON object (after an optional `---` line); else null.
 *
 * @example
 * readJsonDocument('---\n{"kind":"Pod"}\n')?.value; // { kind: 'Pod' }
 * readJsonDocument('kind: Pod\n'); // null
 */
export function readJsonDocument(chunk: string): JsonDocument | null {
  let start = 0;
  if (chunk.startsWith('---')) {
    const newline = chunk.indexOf('\n');
    if (newline === -1 || chunk.slice(3, newline).trim() !== '') return null;
    start = newline + 1;
  }
  start += LEADING_SPACE.exec(chunk.slice(start, start + 4096))![0].length;
  if (chunk.charCodeAt(start) !== 0x7b /* { */) return null;
  let end = chunk.length;
  while (end > start && /\s/.test(chunk[end - 1]!)) end--;
  if (chunk.charCodeAt(end - 1) !== 0x7d /* } */) return null;
  const text = chunk.slice(start, end);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || keysWritten(text) !== keysHeld(value)) return null;
  return { value: value as Record<string, unknown>, start, end };
}

/** Keys written in JSON text: strings followed by a colon (strings are matched whole, left to right). */
function keysWritten(text: string): number {
  let keys = 0;
  STRING_OR_KEY.lastIndex = 0;
  for (let match = STRING_OR_KEY.exec(text); match; match = STRING_OR_KEY.exec(text)) if (match[1] !== undefined) keys++;
  return keys;
}

/** Keys of every object in a parsed value: fewer than written when a key was repeated. */
function keysHeld(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === 'object' && element !== null) stack.push(element);
    } else if (typeof item === 'object' && item !== null) {
      for (const key in item) {
        keys++;
        const child = (item as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
    }
  }
  return keys;
}
