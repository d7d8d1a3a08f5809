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
import type { LazyNodes } from './yamlSourceRef';

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
  /**
   * The syntax trees, each parsed on its first call: `nodeAt(-1)` the document's root
   * (chunk-relative offsets), `nodeAt(i)` a List's item i (offsets relative to its span's start).
   */
  nodes: FastNodes;
  /** Where a List's items sit in the chunk, when each can be parsed alone. */
  items?: readonly ItemSpan[];
}

export { ParsedDocumentCache } from './parsedDocumentCache';

/**
 * The syntax trees of a document read the fast way, parsed when a diagnostic first asks for one:
 * no closure per item (a 150,000-item List would keep 150,000 of them).
 */
export class FastNodes implements LazyNodes {
  private root: { node: YamlNode | undefined } | undefined;
  private readonly parsed = new Map<number, YamlNode | undefined>();

  constructor(
    private readonly text: string,
    private readonly spans: readonly ItemSpan[] | undefined,
    /** Items written in YAML (each parsed as a one-entry sequence), or else in JSON. */
    private readonly yaml: boolean,
  ) {}

  /** Gives item `index` a node already parsed. */
  known(index: number, node: YamlNode | undefined): void {
    this.parsed.set(index, node);
  }

  nodeAt(index: number): YamlNode | undefined {
    if (index < 0) {
      this.root ??= { node: parseTree(this.text)[0]?.contents ?? undefined };
      return this.root.node;
    }
    if (this.parsed.has(index)) return this.parsed.get(index);
    const span = this.spans?.[index];
    const node = span ? itemTree(this.text, span, this.yaml) : undefined;
    this.parsed.set(index, node);
    return node;
  }
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
  if (text.charCodeAt(start) !== 0x7b /* { */ && /^kind:[ \t]*["']?\w*List["']?[ \t]*\r?$/m.test(text)) {
    const list = readYamlList(text, start);
    if (list) return list;
  }
  const read = fastDocumentValue(text);
  if (!read || !isPlainObject(read.value)) return undefined;
  const value = read.value;
  if (isListKind(value.kind) && Array.isArray(value.items) && text.charCodeAt(start) === 0x7b) {
    const spans = jsonListItemSpans(text);
    if (spans?.items.length === value.items.length) {
      return { kind: 'fast', value, start, nodes: new FastNodes(text, spans.items, false), items: spans.items };
    }
  }
  return { kind: 'fast', value, start, nodes: new FastNodes(text, undefined, false) };
}

/** A block-style List read item by item; undefined when any part needs the whole document's parse. */
function readYamlList(text: string, start: number): FastDocument | undefined {
  const spans = yamlListItemSpans(text);
  if (!spans) return undefined;
  const header = onlyDocument(spans.header);
  if (!isPlainObject(header) || header.items !== null || !isListKind(header.kind)) return undefined;
  const items: unknown[] = [];
  const nodes = new FastNodes(text, spans.items, true);
  for (let i = 0; i < spans.items.length; i++) {
    const span = spans.items[i]!;
    const itemText = text.slice(span.start, span.end);
    const read = fastDocumentValue(itemText);
    if (read && Array.isArray(read.value) && read.value.length === 1) {
      items.push(read.value[0]);
      continue;
    }
    const [doc, ...more] = parseTree(itemText);
    if (!doc || more.length > 0 || doc.errors.length > 0 || doc.warnings.length > 0 || !isSeq(doc.contents)) return undefined;
    const value = toJsOrUndefined(doc);
    if (!Array.isArray(value) || value.length !== 1) return undefined;
    items.push(value[0]);
    nodes.known(i, (doc.contents.items[0] as YamlNode | undefined) ?? undefined);
  }
  return { kind: 'fast', value: { ...header, items }, start, nodes, items: spans.items };
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
