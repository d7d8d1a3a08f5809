/**
 * YAML documents parsed once per distinct text: typing in one document of a long file re-parses
 * that document only. Results hold chunk-relative offsets, so they stay valid wherever the
 * chunk moves in its file; the cache keeps what the last two parses used.
 */
import { parseAllDocuments, type Document } from 'yaml';

export interface ParsedDocument {
  doc: Document.Parsed;
  /** `doc.toJS()`, or the error it threw. Shared between parses: never mutate it. */
  value: unknown;
  failed: boolean;
}

let current = new Map<string, ParsedDocument[]>();
let previous = new Map<string, ParsedDocument[]>();

/**
 * The documents of `text` (one chunk of a file); throws what the YAML parser throws.
 *
 * @example
 * parsedDocuments('kind: Pod\n')[0]!.value; // { kind: 'Pod' }
 */
export function parsedDocuments(text: string): ParsedDocument[] {
  let parsed = current.get(text) ?? previous.get(text);
  if (!parsed) {
    const all = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true });
    parsed = (Array.isArray(all) ? all : []).map(toParsed);
  }
  current.set(text, parsed);
  return parsed;
}

/** Ends one parse of a workspace: what it did not use now will not outlive the next one. */
export function endParse(): void {
  previous = current;
  current = new Map();
}

function toParsed(doc: Document.Parsed): ParsedDocument {
  if (doc.errors.length > 0) return { doc, value: undefined, failed: false };
  try {
    return { doc, value: doc.toJS({ maxAliasCount: 1000 }), failed: false };
  } catch (error) {
    return { doc, value: error, failed: true };
  }
}
