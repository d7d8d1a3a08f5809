/**
 * Where each Kubernetes object of the workspace lives: file, YAML document and, for a
 * `kind: List` (what `kubectl get -o yaml` prints), the path of the item inside it.
 */
import { isMap, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { isPlainObject, jsonDocumentValue, jsonListItemsWhere, splitDocuments } from '../engine';
import type { FieldPath } from './yamlEdits';

export interface WorkspaceFile {
  name: string;
  text: string;
}

export interface ObjectLocation {
  file: string;
  /** 0-based YAML document index within the file. */
  doc: number;
  /** Path of the object inside the document: [] or ['items', i]. */
  basePath: (string | number)[];
  apiVersion?: string;
  kind: string;
  /** metadata.namespace, "default" when absent (kubectl's default namespace). */
  namespace: string;
  name: string;
  /** The object as plain data. */
  object: Record<string, unknown>;
}

/**
 * Every object with a `kind` in the files, in file and document order. Documents with YAML
 * syntax errors are skipped: their objects cannot be edited safely. Documents written as JSON
 * (`kubectl get -o json`) are read by JSON.parse: a 1,000-node dump is read in a blink, not seconds.
 *
 * @example
 * listObjects([{ name: 'svc.yaml', text: 'kind: Service\nmetadata:\n  name: web\n' }])[0];
 * // { file: 'svc.yaml', doc: 0, basePath: [], kind: 'Service', namespace: 'default', name: 'web', ... }
 */
export function listObjects(files: readonly WorkspaceFile[], options: ListOptions = {}): ObjectLocation[] {
  const found: ObjectLocation[] = [];
  const kinds = options.kinds;
  const keep = kinds ? (kind: string) => kinds.has(kind) : () => true;
  for (const file of files) {
    // Document by document, as the engine reads them: the same indices as a parse of the whole file.
    let docIndex = 0;
    for (const chunk of splitDocuments(file.text)) {
      if (kinds && chunk.text.length >= PICK_ITEMS_FROM_CHARS && addChosenItems(found, file.name, docIndex, chunk.text, kinds, keep)) {
        docIndex++;
        continue;
      }
      const json = jsonDocumentValue(chunk.text);
      if (json && isPlainObject(json.value)) addObject(found, file.name, docIndex++, json.value, keep);
      else {
        const docs = parseAllDocuments(chunk.text);
        if (!Array.isArray(docs)) continue;
        for (const doc of docs) addDocument(found, file.name, docIndex++, doc, keep);
      }
    }
  }
  return found;
}

export interface ListOptions {
  /** Only objects of these kinds are listed (a List's items of other kinds are not kept either). */
  kinds?: ReadonlySet<string>;
}

type KindFilter = (kind: string) => boolean;

/** From this size on, a JSON List's items are read only when their text names a kind asked for. */
const PICK_ITEMS_FROM_CHARS = 256 * 1024;

/**
 * The items of a large JSON List whose text names one of `kinds` (as a string: `"Service"`), each
 * parsed alone; false when the chunk is not such a List (it is then read whole). A kubectl dump's
 * 150,000 pods are not parsed on the page to find its Services.
 */
function addChosenItems(
  found: ObjectLocation[],
  file: string,
  docIndex: number,
  text: string,
  kinds: ReadonlySet<string>,
  keep: KindFilter,
): boolean {
  const quoted = [...kinds].map((kind) => JSON.stringify(kind));
  const chosen = jsonListItemsWhere(text, (item) => quoted.some((kind) => item.includes(kind)));
  if (!chosen) return false;
  for (const { index, value } of chosen.items) {
    if (isPlainObject(value)) add(found, file, docIndex, ['items', index], value, keep);
  }
  return true;
}

function addObject(found: ObjectLocation[], file: string, docIndex: number, object: Record<string, unknown>, keep: KindFilter): void {
  if (typeof object.kind === 'string' && object.kind.endsWith('List') && Array.isArray(object.items)) {
    object.items.forEach((item: unknown, i) => {
      if (typeof item === 'object' && item !== null && !Array.isArray(item))
        add(found, file, docIndex, ['items', i], item as Record<string, unknown>, keep);
    });
    return;
  }
  add(found, file, docIndex, [], object, keep);
}

function addDocument(found: ObjectLocation[], file: string, docIndex: number, doc: Document.Parsed, keep: KindFilter): void {
  if (doc.errors.length > 0 || !isMap(doc.contents)) return;
  const object = doc.contents.toJSON() as Record<string, unknown>;
  const items = doc.contents.get('items', true) as Node | undefined;
  if (typeof object.kind === 'string' && object.kind.endsWith('List') && isSeq(items)) {
    items.items.forEach((item, i) => {
      if (isMap(item)) add(found, file, docIndex, ['items', i], item.toJSON() as Record<string, unknown>, keep);
    });
    return;
  }
  add(found, file, docIndex, [], object, keep);
}

function add(
  found: ObjectLocation[],
  file: string,
  doc: number,
  basePath: (string | number)[],
  object: Record<string, unknown>,
  keep: KindFilter,
): void {
  if (!object || typeof object.kind !== 'string' || !keep(object.kind)) return;
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  const location: ObjectLocation = {
    file,
    doc,
    basePath,
    kind: object.kind,
    namespace: typeof metadata.namespace === 'string' && metadata.namespace ? metadata.namespace : 'default',
    name: typeof metadata.name === 'string' ? metadata.name : '',
    object,
  };
  if (typeof object.apiVersion === 'string') location.apiVersion = object.apiVersion;
  found.push(location);
}

/** The field of a located object as plain data, e.g. `fieldOf(svc, ['spec', 'type'])`. */
export function fieldOf(location: ObjectLocation, path: FieldPath): unknown {
  let value: unknown = location.object;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** "namespace/name" of a located object. */
export function keyOfLocation(location: ObjectLocation): string {
  return `${location.namespace}/${location.name}`;
}
