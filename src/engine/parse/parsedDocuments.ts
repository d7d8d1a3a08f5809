/**
 * YAML documents parsed once per distinct text: typing in one document of a long file re-parses
 * that document only. Results hold chunk-relative offsets, so they stay valid wherever the
 * chunk moves in its file. The cache is the caller's (the editor's runner, the analysis worker):
 * a parse without one parses every document afresh.
 *
 * A large document may be read the fast way (fastDocument.ts): its value at once, its syntax
 * tree (for the lines a diagnostic points at) only when first asked for, a List's item by item.
 */
import { isSeq, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import { isListKind } from './listKinds';
import { fastDocumentValue } from './fastDocument';
import { firstContent } from './jsonValue';
import type { ParsedDocumentCache } from './parsedDocumentCache';
import { isPlainObject } from './plainObject';
import { jsonListItemSpans, yamlListItemSpans, type ItemSpan } from './listItemSpans';

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: true } as const;
const TO_JS_OPTIONS = { maxAliasCount: 1000 } as const;

export type ParsedDocument = TreeDocument | FastDocument;

/** A document read with its syntax tree. */
export interface TreeDocument {
  kind: 'tree';
  doc: Document.Parsed;
  /** `doc.toJS()`, or the error it threw. Shared between parses: never mutate it. */
  value: unknown;
  failed: boolean;
}

/** A large document read the fast way: a Kubernetes object (or a List of them) without errors. */
export interface FastDocument {
  kind: 'fast';
  /** A plain object. Shared between parses: never mutate it. */
  value: Record<string, unknown>;
  /** Chunk-relative offset of the document's first content. */
  start: number;
  /** The document's root node, parsed on first call (chunk-relative offsets). */
  root: () => YamlNode | undefined;
  /** A List's items, each with its own tree parsed on first call (offsets relative to `start`). */
  items?: FastItem[];
}

export { ParsedDocumentCache } from './parsedDocumentCache';

export interface FastItem {
  start: number;
  node: () => YamlNode | undefined;
}

/**
 * The documents of `text` (one chunk of a file), from `cache` when it holds them; throws what the
 * YAML parser throws. With `fast`, a document that reads the same either way is read the fast way.
 *
 * @example
 * parsedDocuments('kind: Pod\n')[0]!.value; // { kind: 'Pod' }
 */
export function parsedDocuments(text: string, cache?: ParsedDocumentCache, fast = false): ParsedDocument[] {
  let parsed = cache?.get(text);
  if (!parsed) {
    const quick = fast ? readFast(text) : undefined;
    parsed = quick ? [quick] : parseTree(text).map(toParsed);
  }
  cache?.keep(text, parsed);
  return parsed;
}

function parseTree(text: string): Document.Parsed[] {
  const all = parseAllDocuments(text, PARSE_OPTIONS);
  return Array.isArray(all) ? all : [];
}

function toParsed(doc: Document.Parsed): TreeDocument {
  if (doc.errors.length > 0) return { kind: 'tree', doc, value: undefined, failed: false };
  try {
    return { kind: 'tree', doc, value: doc.toJS(TO_JS_OPTIONS), failed: false };
  } catch (error) {
    return { kind: 'tree', doc, value: error, failed: true };
  }
}

/** The chunk as one object (or List) read the fast way; undefined when it needs the full parse. */
function readFast(text: string): FastDocument | undefined {
  const start = firstContent(text);
  if (start === -1) return undefined;
  const root = once(() => parseTree(text)[0]?.contents ?? undefined);
  if (text.charCodeAt(start) !== 0x7b /* { */ && /^kind:[ \t]*["']?\w*List["']?[ \t]*\r?$/m.test(text)) {
    const list = readYamlList(text, start, root);
    if (list) return list;
  }
  const read = fastDocumentValue(text);
  if (!read || !isPlainObject(read.value)) return undefined;
  const value = read.value;
  const document: FastDocument = { kind: 'fast', value, start, root };
  if (isListKind(value.kind) && Array.isArray(value.items) && text.charCodeAt(start) === 0x7b) {
    const spans = jsonListItemSpans(text);
    if (spans?.items.length === value.items.length) {
      document.items = spans.items.map((span) => ({ start: span.start, node: once(() => itemTree(text, span, false)) }));
    }
  }
  return document;
}

/** A block-style List read item by item; undefined when any part needs the whole document's parse. */
function readYamlList(text: string, start: number, root: () => YamlNode | undefined): FastDocument | undefined {
  const spans = yamlListItemSpans(text);
  if (!spans) return undefined;
  const header = onlyDocument(spans.header);
  if (!isPlainObject(header) || header.items !== null || !isListKind(header.kind)) return undefined;
  const items: unknown[] = [];
  const fastItems: FastItem[] = [];
  for (const span of spans.items) {
    const itemText = text.slice(span.start, span.end);
    const read = fastDocumentValue(itemText);
    if (read && Array.isArray(read.value) && read.value.length === 1) {
      items.push(read.value[0]);
      fastItems.push({ start: span.start, node: once(() => itemTree(text, span, true)) });
      continue;
    }
    const [doc, ...more] = parseTree(itemText);
    if (!doc || more.length > 0 || doc.errors.length > 0 || doc.warnings.length > 0 || !isSeq(doc.contents)) return undefined;
    const value = toJsOrUndefined(doc);
    if (!Array.isArray(value) || value.length !== 1) return undefined;
    items.push(value[0]);
    const node = (doc.contents.items[0] as YamlNode | undefined) ?? undefined;
    fastItems.push({ start: span.start, node: () => node });
  }
  return { kind: 'fast', value: { ...header, items }, start, root, items: fastItems };
}

/** The value of a text holding exactly one error-free document. */
function onlyDocument(text: string): unknown {
  const [doc, ...more] = parseTree(text);
  if (!doc || more.length > 0 || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return toJsOrUndefined(doc);
}

function toJsOrUndefined(doc: Document.Parsed): unknown {
  try {
    return doc.toJS(TO_JS_OPTIONS);
  } catch {
    return undefined;
  }
}

/** An item's node, parsed from its own text: a one-entry sequence in YAML, an object in JSON. */
function itemTree(text: string, span: ItemSpan, yaml: boolean): YamlNode | undefined {
  const contents = parseTree(text.slice(span.start, span.end))[0]?.contents ?? undefined;
  if (!yaml) return contents;
  return isSeq(contents) ? ((contents.items[0] as YamlNode | undefined) ?? undefined) : undefined;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
