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
  const body = jsonBody(text);
  if (body === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  return hasDuplicateKeys(body) ? undefined : { value };
}

/** The text after an optional `---` line when it starts like JSON (`{` or `[`); undefined otherwise. */
export function jsonBody(text: string): string | undefined {
  let body = text;
  if (text.startsWith('---')) {
    const eol = text.indexOf('\n');
    if (eol === -1 || text.slice(3, eol).trim() !== '') return undefined;
    body = text.slice(eol + 1);
  }
  const start = firstContent(body);
  if (start === -1) return undefined;
  const first = body.charCodeAt(start);
  return first === 0x7b /* { */ || first === 0x5b /* [ */ ? body : undefined;
}

/**
 * Whether any JSON object in `text` (valid JSON) repeats a key, written the same way. Each open
 * object's keys are kept as their places in the text and compared there: no string or Set per
 * object (a 150,000-object dump has over a million of them), unless an object has many keys.
 */
export function hasDuplicateKeys(text: string): boolean {
  // The open objects' keys by depth (null for an array); a depth's list is reused by the next object there.
  const stack: (ObjectKeys | null)[] = [];
  const lists: ObjectKeys[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (expectKey) {
        if (stack[depth - 1]!.addOrFind(text, i, end)) return true;
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */) {
      const keys = (lists[depth] ??= new ObjectKeys());
      keys.clear();
      stack[depth++] = keys;
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack[depth++] = null;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    } else if (c === 0x2c /* , */) {
      expectKey = depth > 0 && stack[depth - 1] !== null;
    }
  }
  return false;
}

/** Past this many keys, an object's keys go into a Set. */
const SCANNED_KEYS = 16;

/** The keys of one JSON object so far: where each sits in the text, quotes included. */
class ObjectKeys {
  private starts: number[] = [];
  private ends: number[] = [];
  private count = 0;
  private set: Set<string> | undefined;

  clear(): void {
    this.count = 0;
    this.set = undefined;
  }

  /** Adds the key at text[start..end]; true when the object has it already. */
  addOrFind(text: string, start: number, end: number): boolean {
    if (this.set) return this.setHas(text.slice(start, end + 1));
    const length = end - start;
    for (let k = 0; k < this.count; k++) {
      if (this.ends[k]! - this.starts[k]! === length && sameText(text, this.starts[k]!, start, length)) return true;
    }
    if (this.count === SCANNED_KEYS) {
      this.set = new Set();
      for (let k = 0; k < this.count; k++) this.set.add(text.slice(this.starts[k]!, this.ends[k]! + 1));
      return this.setHas(text.slice(start, end + 1));
    }
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
    return false;
  }

  private setHas(key: string): boolean {
    if (this.set!.has(key)) return true;
    this.set!.add(key);
    return false;
  }
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 1; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
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
