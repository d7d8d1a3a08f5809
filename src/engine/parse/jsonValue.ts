/**
 * Documents written as JSON (what `kubectl get -o json` prints), read by JSON.parse: the value the
 * YAML parser gives, tens of times sooner. Kept apart from the YAML readers so that the page's
 * first load can use it.
 */

/**
 * The value of a document written as JSON (after an optional `---` line), read by JSON.parse;
 * undefined for anything else. JSON.parse keeps the last of two equal keys where YAML refuses
 * them: such text is left to the YAML parser, which says so.
 *
 * @example
 * jsonDocumentValue('---\n{"kind": "Pod"}\n')?.value; // { kind: 'Pod' }
 * jsonDocumentValue('kind: Pod\n'); // undefined
 */
export function jsonDocumentValue(text: string): { value: unknown } | undefined {
  let body = text;
  if (text.startsWith('---')) {
    const eol = text.indexOf('\n');
    if (eol === -1 || text.slice(3, eol).trim() !== '') return undefined;
    body = text.slice(eol + 1);
  }
  const start = firstContent(body);
  if (start === -1) return undefined;
  const first = body.charCodeAt(start);
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  return hasDuplicateKeys(body) ? undefined : { value };
}

/** Whether any JSON object in `text` (valid JSON) repeats a key. */
function hasDuplicateKeys(text: string): boolean {
  const stack: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = text.slice(i, end + 1);
        if (top.has(key)) return true;
        top.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(undefined);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] !== undefined;
    }
  }
  return false;
}

/** The index of the closing quote of the JSON string opening at `start`. */
export function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22 /* " */) return i;
  }
  return text.length - 1;
}

/** The index of the first character that is neither white space nor in a comment; -1 when none. */
export function firstContent(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      const eol = text.indexOf('\n', i);
      if (eol === -1) return -1;
      i = eol;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) {
      return i;
    }
  }
  return -1;
}
