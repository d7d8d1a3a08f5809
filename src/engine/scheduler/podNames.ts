/** Names of the pods a Deployment's ReplicaSet creates: `<deployment>-<pod-template-hash>-<suffix>`. */
import type { PodSpecTemplate } from '../model';
import { SAFE_ALPHABET, fnv32a, mixedHash, safeEncodeString } from './hash';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/** names.SimpleNameGenerator: a generateName base is cut to 63 − 5 characters before the suffix. */
const MAX_GENERATED_NAME_BASE = 58;
const SUFFIX_LENGTH = 5;

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
  let value = mixedHash(key, replicaIndex * 31 + attempt);
  let out = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) {
    out += SAFE_ALPHABET[value % SAFE_ALPHABET.length];
    value = Math.floor(value / SAFE_ALPHABET.length);
  }
  return out;
}

/**
 * The name of replica `index` of a Deployment, unique within `taken` ("namespace/name" keys),
 * which it is added to.
 *
 * @example
 * replicaPodName('default', 'echo', '5d8f9c7b4', 0, new Set()); // "echo-5d8f9c7b4-x7k2q"
 */
export function replicaPodName(namespace: string, deployment: string, hash: string, index: number, taken: Set<string>): string {
  let base = `${deployment}-${hash}-`;
  if (base.length > MAX_GENERATED_NAME_BASE) base = base.slice(0, MAX_GENERATED_NAME_BASE);
  const key = `${namespace}/${deployment}/${hash}`;
  for (let attempt = 0; ; attempt++) {
    const name = base + nameSuffix(key, index, attempt);
    const qualified = `${namespace}/${name}`;
    if (!taken.has(qualified)) {
      taken.add(qualified);
      return name;
    }
  }
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
