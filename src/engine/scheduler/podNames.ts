/** Names of the pods a Deployment's ReplicaSet creates: `<deployment>-<pod-template-hash>-<suffix>`. */
import type { PodSpecTemplate } from '../model';
import { generateName, randomSuffix } from '../names/generateName';
import { fnv32a, mixedHash, safeEncodeString } from './hash';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/**
 * The pod-template-hash of a template, the way controller.ComputeHash builds it: FNV-1a over the
 * template, its decimal value written with rand.SafeEncodeString (up to 10 characters).
 *
 * NOTE: Kubernetes hashes its own deep-printed PodTemplateSpec (hashutil.DeepHashObject), which we
 * cannot reproduce byte for byte; we hash a canonical JSON of the fields we model, so the value is
 * stable and changes with the template, like upstream, but differs from a real cluster's.
 *
 * @example
 * computeHash(deployment.template); // e.g. "5d8f9c7b4"
 */
export function computeHash(template: PodSpecTemplate): string {
  return safeEncodeString(String(fnv32a(canonicalJson(template))));
}

/**
 * A 5-character suffix from SAFE_ALPHABET, derived from a key (namespace/deployment/hash) and the
 * replica index; `attempt` picks another one when the name is taken.
 *
 * @example
 * nameSuffix('default/echo/5d8f9c7b4', 0, 0); // e.g. "x7k2q"
 */
export function nameSuffix(key: string, replicaIndex: number, attempt: number): string {
  return randomSuffix(mixedHash(key, replicaIndex * 31 + attempt));
}

/**
 * The name of replica `index` of a Deployment, unique within `taken` ("namespace/name" keys),
 * which it is added to.
 *
 * @example
 * replicaPodName('default', 'echo', '5d8f9c7b4', 0, new Set()); // "echo-5d8f9c7b4-x7k2q"
 */
export function replicaPodName(namespace: string, deployment: string, hash: string, index: number, taken: Set<string>): string {
  const key = `${namespace}/${deployment}/${hash}`;
  return generateName(`${deployment}-${hash}-`, (attempt) => nameSuffix(key, index, attempt), taken, (name) => `${namespace}/${name}`);
}

/** JSON with object keys sorted, so equal templates render equally whatever order decoding used. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
