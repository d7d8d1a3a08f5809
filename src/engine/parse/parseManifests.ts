/**
 * Reads workspace files as `kubectl apply -f a.yaml -f b.json` would: multi-document YAML
 * (JSON is YAML too), empty documents skipped, `kind: List` / `*List` expanded into items.
 * Every document keeps its syntax tree so diagnostics can point at a field.
 */
import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { Diagnostic, SourceRange } from '../diagnostics';
import { isListKind, itemKindOf } from './listKinds';
import type { ManifestDocument, SourceFile } from './manifestDocument';
import { rangeOfNode, rangeOfOffsets, yamlSourceRef } from './yamlSourceRef';

/**
 * Parses every file; one broken document never hides the others.
 *
 * @example
 * const { documents, diagnostics } = parseManifests([{ name: 'app.yaml', text: 'kind: Pod\n...' }]);
 * documents[0].source.locate(['metadata', 'name']); // line/column of the name
 */
export function parseManifests(files: readonly SourceFile[]): { documents: ManifestDocument[]; diagnostics: Diagnostic[] } {
  const documents: ManifestDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) parseFile(file, documents, diagnostics);
  return { documents, diagnostics };
}

function parseFile(file: SourceFile, documents: ManifestDocument[], diagnostics: Diagnostic[]): void {
  const lineCounter = new LineCounter();
  let parsed: Document.Parsed[];
  try {
    const all = parseAllDocuments(typeof file.text === 'string' ? file.text : '', { lineCounter, uniqueKeys: true, prettyErrors: true });
    parsed = Array.isArray(all) ? all : [];
  } catch (error) {
    diagnostics.push({ file: file.name, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: `error parsing ${file.name}: ${String(error)}` });
    return;
  }
  for (const doc of parsed) {
    for (const warning of doc.warnings) diagnostics.push(yamlProblem(file.name, lineCounter, warning, 'warning'));
    if (doc.errors.length > 0) {
      for (const error of doc.errors) diagnostics.push(yamlProblem(file.name, lineCounter, error, 'error'));
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      const range = rangeOfOffsets(file.name, lineCounter, doc.range[0], doc.range[1]);
      diagnostics.push({ ...range, severity: 'error', message: `error converting YAML to JSON: ${errorText(error)}` });
      continue;
    }
    if (value === null || value === undefined) continue; // empty document (only comments or `---`)
    const root = doc.contents as YamlNode;
    const fallback = rangeOfOffsets(file.name, lineCounter, doc.range[0], doc.range[1]);
    if (!isPlainObject(value) || !isMap(root)) {
      const range = rangeOfNode(file.name, lineCounter, root, fallback);
      diagnostics.push({ ...range, severity: 'error', message: `error decoding ${file.name}: the document is a ${describe(value)}, not a Kubernetes object (a mapping with apiVersion and kind)` });
      continue;
    }
    if (isListKind(value.kind) && Array.isArray(value.items)) {
      expandList(file.name, lineCounter, value, root, documents, diagnostics);
      continue;
    }
    documents.push({ object: value, source: yamlSourceRef(file.name, lineCounter, root) });
  }
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
      diagnostics.push({ ...range, severity: 'error', message: `items[${i}]: the list item is a ${describe(item)}, not a Kubernetes object` });
      continue;
    }
    const object = inheritListTypes(item, list, itemKind);
    documents.push({ object, source });
  }
}

/** Items of a typed list may omit apiVersion/kind; they take the list's (see listKinds.ts). */
export function inheritListTypes(item: Record<string, unknown>, list: Record<string, unknown>, itemKind: string | undefined): Record<string, unknown> {
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
  return typeof value === 'object' ? 'mapping' : `${typeof value} (${JSON.stringify(value)})`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
