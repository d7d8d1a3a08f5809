/** Names of the pods a Deployment's ReplicaSet creates: `<deployment>-<pod-template-hash>-<suffix>`. */
import { isObj } from '../decode/read';
import type { Deployment, PodSpecTemplate } from '../model';
import { generateName, randomSuffix } from '../names/generateName';
import { fnv32a, mixedHash, safeEncodeString } from './hash';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/**
 * The pod-template-hash of a template, the way controller.ComputeHash builds it: FNV-1a over the
 * template, its decimal value written with rand.SafeEncodeString (up to 10 characters).
 *
 * NOTE: Kubernetes hashes its own deep-printed PodTemplateSpec (hashutil.DeepHashObject), which we
 * cannot reproduce byte for byte; we hash a canonical JSON of the whole template: the modelled
 * fields as defaulted, and the rest (images, env, annotations…) as written. So the value is stable
 * and changes whenever the template does (a new image starts a rollout, writing out a default does
 * not), like upstream, but differs from a real cluster's.
 *
 * @example
 * computeHash(deployment); // e.g. "5d8f9c7b4"
 */
export function computeHash(deployment: Pick<Deployment, 'template' | 'writtenTemplate'>): string {
  const { template, writtenTemplate } = deployment;
  // Templates are replaced, never edited: the controllers ask for the same hash every simulated second.
  const cached = hashes.get(template);
  if (cached && cached.written === writtenTemplate) return cached.hash;
  const hashed: PodSpecTemplate | (PodSpecTemplate & { unmodelled: unknown }) = writtenTemplate
    ? { ...template, unmodelled: unmodelledFields(writtenTemplate) }
    : template;
  const hash = safeEncodeString(String(fnv32a(canonicalJson(hashed))));
  hashes.set(template, { written: writtenTemplate, hash });
  return hash;
}

// Keyed by the template object (never edited in place, so its hash holds while it lives); the
// entry goes with the template, and remembers the written template it was hashed with.
const hashes = new WeakMap<PodSpecTemplate, { written: Deployment['writtenTemplate']; hash: string }>();

/** Fields of the template's spec that `PodSpecTemplate` holds (defaulted): hashed from there. */
const MODELLED_SPEC_FIELDS = new Set(['nodeSelector', 'tolerations', 'topologySpreadConstraints', 'terminationGracePeriodSeconds']);

/** The written template without what the model holds: labels, the modelled spec fields, container ports. */
function unmodelledFields(written: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const metadata = isObj(written.metadata) ? written.metadata : undefined;
  const spec = isObj(written.spec) ? written.spec : undefined;
  for (const key of Object.keys(written)) if (key !== 'metadata' && key !== 'spec') out[key] = written[key];
  if (metadata) {
    const rest = Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== 'labels'));
    if (Object.keys(rest).length) out.metadata = rest;
  }
  if (spec) {
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(spec)) {
      if (MODELLED_SPEC_FIELDS.has(key)) continue;
      if (key === 'containers' && Array.isArray(value)) rest[key] = value.map((c) => (isObj(c) ? withoutPorts(c) : c));
      else if (key === 'affinity' && isObj(value)) {
        const affinity = withoutRequiredNodeAffinity(value);
        if (Object.keys(affinity).length) rest[key] = affinity;
      } else rest[key] = value;
    }
    if (Object.keys(rest).length) out.spec = rest;
  }
  return out;
}

/** Affinity without nodeAffinity's required terms (modelled); pod (anti-)affinity and preferences stay. */
function withoutRequiredNodeAffinity(affinity: Record<string, unknown>): Record<string, unknown> {
  const nodeAffinity = affinity.nodeAffinity;
  if (!isObj(nodeAffinity)) return affinity;
  const { requiredDuringSchedulingIgnoredDuringExecution: _required, ...restOfNode } = nodeAffinity;
  const { nodeAffinity: _node, ...rest } = affinity;
  return Object.keys(restOfNode).length ? { ...rest, nodeAffinity: restOfNode } : rest;
}

function withoutPorts(container: Record<string, unknown>): Record<string, unknown> {
  const { ports: _ports, ...rest } = container;
  return rest;
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
  return generateName(
    `${deployment}-${hash}-`,
    (attempt) => nameSuffix(key, index, attempt),
    taken,
    (name) => `${namespace}/${name}`,
  );
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
