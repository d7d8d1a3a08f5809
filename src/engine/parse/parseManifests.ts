/**
 * Reads workspace files as `kubectl apply -f a.yaml -f b.json` would: multi-document YAML
 * (JSON is YAML too), empty documents skipped, `kind: List` / `*List` expanded into items.
 * Every document keeps its syntax tree so diagnostics can point at a field.
 */
import { formatValue } from '../validation/fieldErrors';
import { isMap, isSeq, type LineCounter, type Node as YamlNode, type YAMLError } from 'yaml';
import type { Diagnostic, SourceRange, SourceRef } from '../diagnostics';
import { isListKind, itemKindOf } from './listKinds';
import { lineCounterOf, shiftedLineCounter, splitDocuments } from './documentChunks';
import type { ManifestDocument, SourceFile } from './manifestDocument';
import { parsedDocuments, type ParsedDocument, type ParsedDocumentCache } from './parsedDocuments';
import { rangeOfNode, rangeOfOffsets, yamlSourceRef } from './yamlSourceRef';

/**
 * Parses every file; one broken document never hides the others. With a `cache` (the caller's,
 * kept from one parse of the workspace to the next), unchanged documents are not parsed again.
 *
 * @example
 * const { documents, diagnostics } = parseManifests([{ name: 'app.yaml', text: 'kind: Pod\n...' }]);
 * documents[0].source.locate(['metadata', 'name']); // line/column of the name
 */
export function parseManifests(
  files: readonly SourceFile[],
  cache?: ParsedDocumentCache,
): { documents: ManifestDocument[]; diagnostics: Diagnostic[] } {
  const documents: ManifestDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) parseFile(file, documents, diagnostics, cache);
  cache?.endParse();
  return { documents, diagnostics };
}

function parseFile(
  file: SourceFile,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
  cache: ParsedDocumentCache | undefined,
): void {
  const text = typeof file.text === 'string' ? file.text : '';
  const fileLines = lineCounterOf(text);
  for (const chunk of splitDocuments(text)) {
    let parsed: ParsedDocument[];
    try {
      parsed = parsedDocuments(chunk.text, cache);
    } catch (error) {
      diagnostics.push({
        file: file.name,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        severity: 'error',
        message: `error parsing ${file.name}: ${String(error)}`,
      });
      return;
    }
    const lineCounter = shiftedLineCounter(fileLines, chunk.offset);
    for (const entry of parsed) readDocument(file.name, lineCounter, entry, documents, diagnostics);
  }
}

function readDocument(
  file: string,
  lineCounter: LineCounter,
  entry: ParsedDocument,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
): void {
  if (entry.json && readJson(file, lineCounter, entry, entry.json, documents)) return;
  const { doc, value, failed } = entry;
  for (const warning of doc.warnings) diagnostics.push(yamlProblem(file, lineCounter, warning, 'warning'));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) diagnostics.push(yamlProblem(file, lineCounter, error, 'error'));
    return;
  }
  if (failed) {
    const range = rangeOfOffsets(file, lineCounter, doc.range[0], doc.range[1]);
    diagnostics.push({ ...range, severity: 'error', message: `error converting YAML to JSON: ${errorText(value)}` });
    return;
  }
  if (value === null || value === undefined) return; // empty document (only comments or `---`)
  const root = doc.contents as YamlNode;
  const fallback = rangeOfOffsets(file, lineCounter, doc.range[0], doc.range[1]);
  if (!isPlainObject(value) || !isMap(root)) {
    const range = rangeOfNode(file, lineCounter, root, fallback);
    diagnostics.push({
      ...range,
      severity: 'error',
      message: `error decoding ${file}: the document is a ${describe(value)}, not a Kubernetes object (a mapping with apiVersion and kind)`,
    });
    return;
  }
  if (isListKind(value.kind) && Array.isArray(value.items)) {
    expandList(file, lineCounter, value, root, documents, diagnostics);
    return;
  }
  documents.push({ object: value, source: yamlSourceRef(file, lineCounter, root) });
}

/**
 * A JSON document: valid by construction (no YAML errors or warnings), an object. Its sources
 * read the syntax tree only when a diagnostic asks where a field is. False (nothing read) for a
 * list with an item that is not an object: the YAML way says where it is.
 */
function readJson(
  file: string,
  lineCounter: LineCounter,
  entry: ParsedDocument,
  offsets: { start: number; end: number },
  documents: ManifestDocument[],
): boolean {
  const value = entry.value as Record<string, unknown>;
  const whole = rangeOfOffsets(file, lineCounter, offsets.start, offsets.end);
  let root: SourceRef | undefined;
  const rootSource: SourceRef = {
    file,
    range: whole,
    locate: (path) => (root ??= yamlSourceRef(file, lineCounter, entry.doc.contents as YamlNode)).locate(path),
  };
  if (!(isListKind(value.kind) && Array.isArray(value.items))) {
    documents.push({ object: value, source: rootSource });
    return true;
  }
  const items: unknown[] = value.items;
  if (!items.every(isPlainObject)) return false;
  const itemKind = itemKindOf(value.kind as string);
  items.forEach((item, i) => {
    const source = lazySource(
      file,
      () => {
        const items = (entry.doc.contents as YamlNode & { get?: (key: string, keep: true) => unknown }).get?.('items', true);
        const node = isSeq(items) ? (items.items[i] as YamlNode | undefined) : undefined;
        return node ? yamlSourceRef(file, lineCounter, node) : rootSource;
      },
      whole,
    );
    documents.push({ object: inheritListTypes(item as Record<string, unknown>, value, itemKind), source });
  });
  return true;
}

/** A SourceRef whose positions come from `make()`, called the first time one is read. */
function lazySource(file: string, make: () => SourceRef, fallback: SourceRange): SourceRef {
  let made: SourceRef | undefined;
  const real = () => (made ??= make());
  return {
    file,
    get range() {
      return real().range ?? fallback;
    },
    locate: (path) => real().locate(path),
  };
}

function expandList(
  file: string,
  lineCounter: LineCounter,
  list: Record<string, unknown>,
  root: YamlNode,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
): void {
  const listRef = yamlSourceRef(file, lineCounter, root);
  const itemsNode = isMap(root) ? (root.get('items', true) as YamlNode | undefined) : undefined;
  const items = list.items as unknown[];
  const itemKind = itemKindOf(list.kind as string);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const node = isSeq(itemsNode) ? (itemsNode.items[i] as YamlNode | undefined) : undefined;
    const source = node ? yamlSourceRef(file, lineCounter, node) : listRef;
    if (!isPlainObject(item)) {
      const range: SourceRange = listRef.locate(['items', i]);
      diagnostics.push({
        ...range,
        severity: 'error',
        message: `items[${i}]: the list item is a ${describe(item)}, not a Kubernetes object`,
      });
      continue;
    }
    const object = inheritListTypes(item, list, itemKind);
    documents.push({ object, source });
  }
}

/** Items of a typed list may omit apiVersion/kind; they take the list's (see listKinds.ts). */
export function inheritListTypes(
  item: Record<string, unknown>,
  list: Record<string, unknown>,
  itemKind: string | undefined,
): Record<string, unknown> {
  if (!itemKind || (item.kind !== undefined && item.apiVersion !== undefined)) return item;
  return { apiVersion: list.apiVersion, kind: itemKind, ...item };
}

function yamlProblem(file: string, lineCounter: LineCounter, problem: YAMLError, severity: 'error' | 'warning'): Diagnostic {
  const [start, end] = problem.pos;
  const range = rangeOfOffsets(file, lineCounter, start, Math.max(start, end));
  // With prettyErrors the message carries " at line X, column Y:" and a code excerpt; the range says that already.
  const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { ...range, severity, message: `yaml: line ${range.line}: ${message}` };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'mapping' : `${typeof value} (${formatValue(value)})`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
