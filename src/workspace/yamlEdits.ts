/**
 * In-place edits of one field of one YAML document, touching only the lines that change so the
 * user's comments, quoting and layout survive. Where a surgical edit is not possible (flow
 * collections, empty parents) the single document is rewritten with the `yaml` Document API,
 * which still keeps comments.
 */
import { isCollection, isMap, isScalar, parseAllDocuments, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export type FieldPath = readonly (string | number)[];
export type FieldValue = string | number | boolean;

export class YamlEditError extends Error {}

/**
 * Sets `path` in document `docIndex` (0-based) of `text` to `value`, creating missing maps.
 *
 * @example
 * setField('spec:\n  type: ClusterIP\n', 0, ['spec', 'trafficDistribution'], 'PreferSameNode');
 * // 'spec:\n  type: ClusterIP\n  trafficDistribution: PreferSameNode\n'
 */
export function setField(text: string, docIndex: number, path: FieldPath, value: FieldValue): string {
  const doc = documentAt(text, docIndex);
  const { parent, depth } = deepestMap(doc, path);
  if (parent && !parent.flow && parent.items.length > 0) {
    const key = path[depth]!;
    const pair = depth === path.length - 1 ? findPair(parent, key) : undefined;
    if (pair && isScalar(pair.value) && pair.value.range) {
      const [start, end] = pair.value.range;
      return text.slice(0, start) + formatScalar(value, pair.value.type) + text.slice(end);
    }
    if (!findPair(parent, key)) return insertLines(text, parent, path.slice(depth), value);
  }
  doc.setIn(path as unknown[], value);
  return replaceDocument(text, doc);
}

/**
 * Removes `path` from document `docIndex`; a map left empty by the removal goes too. A path that
 * does not exist leaves the text unchanged.
 *
 * @example
 * removeField('spec:\n  trafficDistribution: PreferClose\n  type: ClusterIP\n', 0, ['spec', 'trafficDistribution']);
 * // 'spec:\n  type: ClusterIP\n'
 */
export function removeField(text: string, docIndex: number, path: FieldPath): string {
  const doc = documentAt(text, docIndex);
  const { parent, depth } = deepestMap(doc, path);
  if (!parent || depth !== path.length - 1) return text;
  const pair = findPair(parent, path[depth]!);
  if (!pair) return text;
  if (parent.items.length === 1 && path.length > 1) return removeField(text, docIndex, path.slice(0, -1));
  if (parent.flow || !isScalar(pair.key) || !pair.key.range) {
    doc.deleteIn(path as unknown[]);
    return replaceDocument(text, doc);
  }
  const start = lineStart(text, pair.key.range[0]);
  const end = lineEndAfter(text, nodeEnd(pair));
  return text.slice(0, start) + text.slice(end);
}

/** The value at `path` in document `docIndex`, as plain data (undefined when absent). */
export function readField(text: string, docIndex: number, path: FieldPath): unknown {
  const doc = parseAllDocuments(text)[docIndex];
  if (!doc || !('getIn' in doc)) return undefined;
  const node = doc.getIn(path as unknown[], true);
  if (node === undefined || node === null) return undefined;
  return isScalar(node) ? node.value : (node as Node).toJSON();
}

function documentAt(text: string, docIndex: number): Document.Parsed {
  const docs = parseAllDocuments(text);
  const doc = Array.isArray(docs) ? docs[docIndex] : undefined;
  if (!doc) throw new YamlEditError(`document ${docIndex + 1} not found`);
  if (doc.errors.length > 0) throw new YamlEditError(`document ${docIndex + 1} has YAML errors: ${doc.errors[0]!.message}`);
  return doc;
}

/** The deepest existing map along `path` (excluding the last segment) and how many segments it covers. */
function deepestMap(doc: Document.Parsed, path: FieldPath): { parent: YAMLMap | undefined; depth: number } {
  let node: unknown = doc.contents;
  if (!isMap(node)) return { parent: undefined, depth: 0 };
  let parent: YAMLMap = node;
  let depth = 0;
  for (; depth < path.length - 1; depth++) {
    const child: unknown = isCollection(node) ? node.get(path[depth], true) : undefined;
    if (!isCollection(child)) break;
    node = child;
    if (!isMap(child)) return { parent: undefined, depth };
    parent = child;
  }
  return { parent, depth };
}

function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key) as Pair | undefined;
}

/** Appends `key: value` (or nested maps for a longer path) after the last entry of a block map. */
function insertLines(text: string, map: YAMLMap, path: FieldPath, value: FieldValue): string {
  const first = map.items[0]!;
  const keyStart = isScalar(first.key) && first.key.range ? first.key.range[0] : undefined;
  if (keyStart === undefined) throw new YamlEditError('cannot locate the map to edit');
  const indent = keyStart - lineStart(text, keyStart);
  const lines = path.map((segment, i) => {
    const pad = ' '.repeat(indent + 2 * i);
    return i === path.length - 1 ? `${pad}${segment}: ${formatScalar(value)}` : `${pad}${segment}:`;
  });
  const last = map.items[map.items.length - 1]!;
  let at = lineEndAfter(text, nodeEnd(last));
  let prefix = '';
  if (at > 0 && text[at - 1] !== '\n') prefix = '\n';
  at = Math.min(at, text.length);
  return text.slice(0, at) + prefix + lines.join('\n') + '\n' + text.slice(at);
}

function nodeEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  if (value && value.range) return value.range[2];
  const key = pair.key as Node | null;
  return key?.range?.[2] ?? 0;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the newline ending the line that contains `offset - 1` (or the text end). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function replaceDocument(text: string, doc: Document.Parsed): string {
  const [start, , end] = doc.range;
  return text.slice(0, start) + doc.toString() + text.slice(end);
}

const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9._/-]*$/;
const YAML_KEYWORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function formatScalar(value: FieldValue, style?: Scalar['type']): string {
  if (typeof value !== 'string') return String(value);
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || YAML_KEYWORDS.test(value)) return JSON.stringify(value);
  return value;
}
