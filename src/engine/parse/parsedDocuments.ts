/**
 * YAML documents parsed once per distinct text: typing in one document of a long file re-parses
 * that document only. Results hold chunk-relative offsets, so they stay valid wherever the
 * chunk moves in its file. The cache is the caller's (the editor's runner, the analysis worker):
 * a parse without one parses every document afresh.
 */
import { parseAllDocuments, type Document } from 'yaml';
import { readJsonDocument } from './jsonDocument';

export interface ParsedDocument {
  doc: Document.Parsed;
  /** `doc.toJS()`, or the error it threw. Shared between parses: never mutate it. */
  value: unknown;
  failed: boolean;
  /**
   * Set when the chunk was one JSON object read by JSON.parse: the object's offsets in the chunk.
   * `doc` is then parsed from the chunk when first read (only a diagnostic's position needs it).
   */
  json?: { start: number; end: number };
}

/**
 * The documents of the last two parses of a workspace, by chunk text: what a parse did not use
 * will not outlive the next one.
 *
 * @example
 * const cache = new ParsedDocumentCache();
 * parseManifests(files, cache); // parses every document
 * parseManifests(files, cache); // parses none: the same texts give the same documents
 */
export class ParsedDocumentCache {
  private current = new Map<string, ParsedDocument[]>();
  private previous = new Map<string, ParsedDocument[]>();

  /** The documents parsed for `text` by this parse or the one before it. */
  get(text: string): ParsedDocument[] | undefined {
    return this.current.get(text) ?? this.previous.get(text);
  }

  /** Keeps `parsed` as what this parse used for `text`. */
  keep(text: string, parsed: ParsedDocument[]): void {
    this.current.set(text, parsed);
  }

  /** Ends one parse of a workspace. */
  endParse(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * The documents of `text` (one chunk of a file), from `cache` when it holds them; throws what the
 * YAML parser throws.
 *
 * @example
 * parsedDocuments('kind: Pod\n')[0]!.value; // { kind: 'Pod' }
 */
export function parsedDocuments(text: string, cache?: ParsedDocumentCache): ParsedDocument[] {
  let parsed = cache?.get(text);
  if (!parsed) {
    const json = readJsonDocument(text);
    parsed = json ? [jsonParsed(text, json.value, json.start, json.end)] : yamlDocuments(text).map(toParsed);
  }
  cache?.keep(text, parsed);
  return parsed;
}

function yamlDocuments(text: string): Document.Parsed[] {
  const all = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true });
  return Array.isArray(all) ? all : [];
}

/** A JSON document whose syntax tree is built on first read. */
function jsonParsed(text: string, value: Record<string, unknown>, start: number, end: number): ParsedDocument {
  let doc: Document.Parsed | undefined;
  const parsed = { value, failed: false, json: { start, end } } as ParsedDocument;
  Object.defineProperty(parsed, 'doc', {
    enumerable: true,
    get: () => (doc ??= yamlDocuments(text)[0]!),
  });
  return parsed;
}

function toParsed(doc: Document.Parsed): ParsedDocument {
  if (doc.errors.length > 0) return { doc, value: undefined, failed: false };
  try {
    return { doc, value: doc.toJS({ maxAliasCount: 1000 }), failed: false };
  } catch (error) {
    return { doc, value: error, failed: true };
  }
}
