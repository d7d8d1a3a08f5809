/**
 * Reads workspace files as `kubectl apply -f a.yaml -f b.json` would: multi-document YAML
 * (JSON is YAML too), empty documents skipped, `kind: List` / `*List` expanded into items.
 * Every document keeps its syntax tree so diagnostics can point at a field.
 */
import { formatValue } from '../validation/fieldErrors';
import { isMap, isSeq, type LineCounter, type Node as YamlNode, type YAMLError } from 'yaml';
import type { Diagnostic, SourceRange } from '../diagnostics';
import { isListKind, itemKindOf } from './listKinds';
import { type DocumentChunk, lineCounterOf, shiftedLineCounter, splitDocuments } from './documentChunks';
import { type StageCallback, tick } from '../progress';
import type { ManifestDocument, SourceFile } from './manifestDocument';
import { FAST_PARSE_MIN_BYTES } from './fastDocument';
import { parsedDocuments, type FastDocument, type ParsedDocument, type ParsedDocumentCache, type TreeDocument } from './parsedDocuments';
import { isPlainObject } from './plainObject';
import { lazySourceRef, rangeOfNode, rangeOfOffsets, yamlSourceRef } from './yamlSourceRef';

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
  options: ParseOptions = {},
): { documents: ManifestDocument[]; diagnostics: Diagnostic[] } {
  const documents: ManifestDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  // Split first, so that progress can say "document N of M" across all files. A file read as it is
  // by the last parse is taken as it was (its documents the same objects).
  const split = files.map((file) => {
    const text = typeof file.text === 'string' ? file.text : '';
    const fast = text.length >= (options.fastParseMinBytes ?? FAST_PARSE_MIN_BYTES);
    const kept = cache?.getFile(file.name, text, fast);
    return { file, text, fast, kept, chunks: kept ? undefined : splitDocuments(text) };
  });
  const total = split.reduce((sum, s) => sum + (s.kept?.chunks.length ?? s.chunks!.length), 0);
  const progress = { done: 0, total, onStage: options.onStage };
  options.onStage?.('parse', 0, progress.total);
  for (const { file, text, fast, kept, chunks } of split) {
    if (kept) {
      for (const document of kept.documents) documents.push(document);
      for (const diagnostic of kept.diagnostics) diagnostics.push(diagnostic);
      progress.done += kept.chunks.length;
      continue;
    }
    const from = { documents: documents.length, diagnostics: diagnostics.length };
    const parsedChunks = parseFile(file, text, fast, chunks!, documents, diagnostics, cache, progress);
    cache?.keepFile(file.name, {
      text,
      fast,
      documents: documents.slice(from.documents),
      diagnostics: diagnostics.slice(from.diagnostics),
      chunks: parsedChunks,
    });
  }
  options.onStage?.('parse', progress.total, progress.total);
  cache?.endParse();
  return { documents, diagnostics };
}

export interface ParseOptions {
  /** Files from this length on are read the fast way where that reads the same (default FAST_PARSE_MIN_BYTES). */
  fastParseMinBytes?: number;
  /** Told the documents parsed so far (stage "parse"). */
  onStage?: StageCallback;
}

/** Reads one file's chunks into `documents` and `diagnostics`; returns each chunk's parse. */
function parseFile(
  file: SourceFile,
  text: string,
  fast: boolean,
  chunks: readonly DocumentChunk[],
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
  cache: ParsedDocumentCache | undefined,
  progress: { done: number; total: number; onStage: StageCallback | undefined },
): { text: string; parsed: ParsedDocument[] }[] {
  const fileLines = lineCounterOf(text);
  const parsedChunks: { text: string; parsed: ParsedDocument[] }[] = [];
  for (const chunk of chunks) {
    tick(progress.onStage, 'parse', progress.done++, progress.total);
    let parsed: ParsedDocument[];
    try {
      parsed = parsedDocuments(chunk.text, cache, fast);
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
      return parsedChunks;
    }
    parsedChunks.push({ text: chunk.text, parsed });
    for (const entry of parsed) {
      if (entry.kind === 'fast') readFastDocument(file.name, fileLines, chunk.offset, entry, documents, diagnostics);
      else readDocument(file.name, shiftedLineCounter(fileLines, chunk.offset), chunk.offset, entry, documents, diagnostics);
    }
  }
  return parsedChunks;
}

function readDocument(
  file: string,
  lineCounter: LineCounter,
  offset: number,
  { doc, value, failed }: TreeDocument,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
): void {
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
    expandList(file, lineCounter, offset, value, root, documents, diagnostics);
    return;
  }
  documents.push({ object: value, source: yamlSourceRef(file, lineCounter, root, offset + (root.range?.[0] ?? 0)) });
}

/** A document read the fast way: its lines are found when a diagnostic first asks for them. */
function readFastDocument(
  file: string,
  fileLines: LineCounter,
  offset: number,
  document: FastDocument,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
): void {
  const rootSource = lazySourceRef(file, fileLines, offset, document.nodes, -1, document.start, offset + document.start);
  const value = document.value;
  if (!isListKind(value.kind) || !Array.isArray(value.items)) {
    documents.push({ object: value, source: rootSource });
    return;
  }
  const items = value.items as unknown[];
  const itemKind = itemKindOf(value.kind as string);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isPlainObject(item)) {
      diagnostics.push(notAnObjectItem(rootSource.locate(['items', i]), i, item));
      continue;
    }
    const span = document.items?.[i];
    const source = span ? lazySourceRef(file, fileLines, offset + span.start, document.nodes, i, 0, offset + span.start) : rootSource;
    documents.push({ object: inheritListTypes(item, value, itemKind), source });
  }
}

function expandList(
  file: string,
  lineCounter: LineCounter,
  offset: number,
  list: Record<string, unknown>,
  root: YamlNode,
  documents: ManifestDocument[],
  diagnostics: Diagnostic[],
): void {
  const listRef = yamlSourceRef(file, lineCounter, root, offset + (root.range?.[0] ?? 0));
  const itemsNode = isMap(root) ? (root.get('items', true) as YamlNode | undefined) : undefined;
  const items = list.items as unknown[];
  const itemKind = itemKindOf(list.kind as string);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const node = isSeq(itemsNode) ? (itemsNode.items[i] as YamlNode | undefined) : undefined;
    const source = node ? yamlSourceRef(file, lineCounter, node, offset + (node.range?.[0] ?? 0)) : listRef;
    if (!isPlainObject(item)) {
      diagnostics.push(notAnObjectItem(listRef.locate(['items', i]), i, item));
      continue;
    }
    const object = inheritListTypes(item, list, itemKind);
    documents.push({ object, source });
  }
}

function notAnObjectItem(range: SourceRange, index: number, item: unknown): Diagnostic {
  return { ...range, severity: 'error', message: `items[${index}]: the list item is a ${describe(item)}, not a Kubernetes object` };
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

export { isPlainObject } from './plainObject';

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'mapping' : `${typeof value} (${formatValue(value)})`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
