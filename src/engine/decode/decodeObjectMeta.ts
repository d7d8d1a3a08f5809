/** metadata: name, namespace (defaulted to `default`), labels, annotations, deletionTimestamp. */
import type { ObjectMeta } from '../model';
import { invalid, required } from '../validation/fieldErrors';
import { validateMetadataMaps } from '../validation/validateMetadataMaps';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain } from '../validation/names';
import type { ObjectContext } from './objectContext';
import { objValue, stringMapValue, stringValue, type Obj } from './read';

/** Objects without annotations share this one (read-only): most pods of a large cluster have none. */
const NO_ANNOTATIONS: Readonly<Record<string, string>> = Object.freeze({});

/** Read-only: the readers copy a parent path before extending it. */
const METADATA_PATH: readonly string[] = ['metadata'];
const NO_PATH: readonly string[] = [];

export type NameRule = 'dns1035' | 'subdomain';

const NAME_RULES: Record<NameRule, (name: string) => readonly string[]> = {
  dns1035: isDNS1035Label,
  subdomain: isDNS1123Subdomain,
};

/**
 * Reads metadata and validates it as ValidateObjectMeta does. Sets ctx.name/namespace early so
 * every later diagnostic names the object. generateName is part of the result only when asked
 * for (no other kind keeps it, and deleting it afterwards would slow down every later read of
 * the metadata).
 *
 * @example
 * decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'dns1035' }); // Service metadata
 */
export function decodeObjectMeta(
  obj: Obj,
  ctx: ObjectContext,
  rules: { namespaced: boolean; nameRule: NameRule; keepGenerateName?: boolean },
): ObjectMeta & { generateName?: string } {
  const path = METADATA_PATH;
  const meta = objValue(obj.metadata, obj, 'metadata', ctx, NO_PATH) ?? {};
  const name = stringValue(meta.name, meta, 'name', ctx, path) ?? '';
  const generateName = stringValue(meta.generateName, meta, 'generateName', ctx, path);
  const namespace = rules.namespaced ? stringValue(meta.namespace, meta, 'namespace', ctx, path) || 'default' : '';
  ctx.name = name;
  if (rules.namespaced) ctx.namespace = namespace;

  if (!name && !generateName) ctx.error(['metadata'], required('metadata.name', 'name or generateName is required'));
  else if (name) {
    // Index loops: a valid name gives one shared empty list, nothing to iterate (this runs per object).
    const problems = NAME_RULES[rules.nameRule](name);
    for (let i = 0; i < problems.length; i++) ctx.error(['metadata', 'name'], invalid('metadata.name', name, problems[i]!));
  }
  // Thousands of objects share a few namespaces: a namespace found valid is not checked again.
  if (rules.namespaced && namespace !== ctx.memo.validNamespace) {
    const problems = isDNS1123Label(namespace);
    for (let i = 0; i < problems.length; i++) ctx.error(['metadata', 'namespace'], invalid('metadata.namespace', namespace, problems[i]!));
    if (problems.length === 0) ctx.memo.validNamespace = namespace;
  }

  const result: ObjectMeta & { generateName?: string } = {
    name,
    namespace,
    labels: stringMapValue(meta.labels, meta, 'labels', ctx, path) ?? {},
    annotations: stringMapValue(meta.annotations, meta, 'annotations', ctx, path) ?? (NO_ANNOTATIONS as Record<string, string>),
  };
  validateMetadataMaps(result, ctx, path);
  const uid = stringValue(meta.uid, meta, 'uid', ctx, path);
  if (uid) result.uid = uid;
  const deletionTimestamp = stringValue(meta.deletionTimestamp, meta, 'deletionTimestamp', ctx, path);
  if (deletionTimestamp) result.deletionTimestamp = deletionTimestamp;
  if (generateName && rules.keepGenerateName) result.generateName = generateName;
  return result;
}
