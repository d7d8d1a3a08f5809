/** Plain objects (JSON.parse output, e.g. `kubectl get -o json`) as manifest documents. */
import { syntheticSource } from '../diagnostics';
import { isListKind, itemKindOf } from './listKinds';
import type { ManifestDocument } from './manifestDocument';
import { inheritListTypes, isPlainObject } from './parseManifests';

/** Marks a document made from something that was not an object; decodeCluster reports it. */
export const NOT_AN_OBJECT: unique symbol = Symbol('not an object');

function notAnObject(value: unknown): Record<string, unknown> {
  return { [NOT_AN_OBJECT]: value } as unknown as Record<string, unknown>;
}

/**
 * Wraps objects with a synthetic source (no line numbers); Lists are expanded into their items.
 * Anything that is not an object is passed on as an empty object, so the decoder reports it.
 * Built for dumps of 150,000 objects: one shared SourceRef, no copying.
 *
 * @example
 * documentsFromObjects(JSON.parse(dump).items, 'cluster.json');
 */
export function documentsFromObjects(objects: readonly unknown[], file = '(objects)'): ManifestDocument[] {
  const source = syntheticSource(file);
  const documents: ManifestDocument[] = [];
  const list = Array.isArray(objects) ? objects : [];
  for (let i = 0; i < list.length; i++) {
    const object = list[i];
    if (!isPlainObject(object)) {
      documents.push({ object: notAnObject(object), source });
      continue;
    }
    if (isListKind(object.kind) && Array.isArray(object.items)) {
      const itemKind = itemKindOf(object.kind as string);
      for (const item of object.items as unknown[]) {
        documents.push({ object: isPlainObject(item) ? inheritListTypes(item, object, itemKind) : notAnObject(item), source });
      }
      continue;
    }
    documents.push({ object, source });
  }
  return documents;
}
