/** kubectl's resource type names, short names and `kind/name` arguments. */
import { closest } from './suggest';

export type ResourceKind =
  | 'Node'
  | 'Pod'
  | 'Service'
  | 'Deployment'
  | 'EndpointSlice'
  | 'PodDisruptionBudget'
  | 'DaemonSet'
  | 'StatefulSet'
  | 'ReplicaSet'
  | 'ReplicationController'
  | 'Endpoints'
  | 'Event'
  | 'ServiceCIDR';

const NAMES: Record<ResourceKind, string[]> = {
  Node: ['nodes', 'node', 'no'],
  Pod: ['pods', 'pod', 'po'],
  Service: ['services', 'service', 'svc'],
  Deployment: ['deployments', 'deployment', 'deploy'],
  EndpointSlice: ['endpointslices', 'endpointslice'],
  PodDisruptionBudget: ['poddisruptionbudgets', 'poddisruptionbudget', 'pdb'],
  DaemonSet: ['daemonsets', 'daemonset', 'ds'],
  StatefulSet: ['statefulsets', 'statefulset', 'sts'],
  ReplicaSet: ['replicasets', 'replicaset', 'rs'],
  ReplicationController: ['replicationcontrollers', 'replicationcontroller', 'rc'],
  Endpoints: ['endpoints', 'ep'],
  Event: ['events', 'event', 'ev'],
  ServiceCIDR: ['servicecidrs', 'servicecidr'],
};

/** The plural kubectl prints in `kind/name` output and in NotFound errors, e.g. pods "x" not found. */
export const PLURAL: Record<ResourceKind, string> = {
  Node: 'nodes',
  Pod: 'pods',
  Service: 'services',
  Deployment: 'deployments.apps',
  EndpointSlice: 'endpointslices.discovery.k8s.io',
  PodDisruptionBudget: 'poddisruptionbudgets.policy',
  DaemonSet: 'daemonsets.apps',
  StatefulSet: 'statefulsets.apps',
  ReplicaSet: 'replicasets.apps',
  ReplicationController: 'replicationcontrollers',
  Endpoints: 'endpoints',
  Event: 'events',
  ServiceCIDR: 'servicecidrs.networking.k8s.io',
};

/** The singular used in `node/mnode-m02 cordoned`, `service/echo-svc patched`. */
export const SINGULAR: Record<ResourceKind, string> = {
  Node: 'node',
  Pod: 'pod',
  Service: 'service',
  Deployment: 'deployment.apps',
  EndpointSlice: 'endpointslice.discovery.k8s.io',
  PodDisruptionBudget: 'poddisruptionbudget.policy',
  DaemonSet: 'daemonset.apps',
  StatefulSet: 'statefulset.apps',
  ReplicaSet: 'replicaset.apps',
  ReplicationController: 'replicationcontroller',
  Endpoints: 'endpoints',
  Event: 'event',
  ServiceCIDR: 'servicecidr.networking.k8s.io',
};

export const NAMESPACED: Record<ResourceKind, boolean> = {
  Node: false,
  Pod: true,
  Service: true,
  Deployment: true,
  EndpointSlice: true,
  PodDisruptionBudget: true,
  DaemonSet: true,
  StatefulSet: true,
  ReplicaSet: true,
  ReplicationController: true,
  Endpoints: true,
  Event: true,
  ServiceCIDR: false,
};

/** The word for each kind the hints and `kubectl get`'s completion offer. */
export const KIND_WORDS: readonly string[] = [
  'nodes',
  'pods',
  'svc',
  'endpoints',
  'endpointslices',
  'deploy',
  'pdb',
  'ds',
  'sts',
  'rs',
  'rc',
  'events',
];

/**
 * kubectl's `all` category, in the order discovery lists it (the core group's resources, then
 * apps', each alphabetically), as `kubectl get all` prints it.
 */
export const ALL_CATEGORY: readonly ResourceKind[] = [
  'Pod',
  'ReplicationController',
  'Service',
  'DaemonSet',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
];

/** Real resource types the playground does not model, and what to use instead. */
const NOT_MODELLED: readonly [RegExp, string][] = [
  [
    /^(ingress(es)?|ing|ingressclass(es)?|gateways?|gtw|httproutes?|grpcroutes?|gatewayclass(es)?)$/,
    'The playground routes Services as kube-proxy does; Ingress and Gateway API routes are not modelled.',
  ],
  [
    /^(networkpolic(y|ies)|netpol)$/,
    'NetworkPolicies are not modelled: the playground shows where kube-proxy sends traffic, not what a CNI filters.',
  ],
  [
    /^(configmaps?|cm|secrets?|serviceaccounts?|sa|persistentvolume(claim)?s?|pvc?|storageclass(es)?|sc|roles?|rolebindings?|clusterroles?|clusterrolebindings?|horizontalpodautoscalers?|hpa|jobs?|cronjobs?|cj|limitranges?|limits|resourcequotas?|quota)$/,
    'The playground reads these objects from the files but does not model them: they do not change routing.',
  ],
  [/^(namespaces?|ns)$/, 'Namespaces exist as the objects name them; use -n NAMESPACE or -A.'],
  [
    /^(componentstatus(es)?|cs|leases?|certificatesigningrequests?|csr|priorityclass(es)?|pc|runtimeclass(es)?|apiservices?|customresourcedefinitions?|crds?|mutatingwebhookconfigurations?|validatingwebhookconfigurations?|csinodes?|csidrivers?|volumeattachments?|podtemplates?|controllerrevisions?|ipaddress(es)?)$/,
    'The playground models the objects that decide where traffic goes; this API object is not one of them.',
  ],
];

/** Every resource word the terminal accepts, for completion. */
export const RESOURCE_WORDS: readonly string[] = Object.values(NAMES).flat();

export function resolveKind(word: string): ResourceKind | undefined {
  const lower = word.toLowerCase().replace(/\.(apps|discovery\.k8s\.io|policy|networking\.k8s\.io)$/, '');
  for (const [kind, names] of Object.entries(NAMES) as [ResourceKind, string[]][]) if (names.includes(lower)) return kind;
  return undefined;
}

const KNOWN = `The playground knows ${KIND_WORDS.slice(0, -1).join(', ')} and ${KIND_WORDS[KIND_WORDS.length - 1]}.`;

export type KindResult = { ok: true; kind: ResourceKind } | { ok: false; error: string; hint: string };

/** The kind for a word, or kubectl's error for an unknown resource type. */
export function kindOf(word: string): KindResult {
  const kind = resolveKind(word);
  if (kind) return { ok: true, kind };
  const lower = word.toLowerCase().replace(/\.[a-z0-9.-]+$/, '');
  const notModelled = NOT_MODELLED.find(([pattern]) => pattern.test(lower));
  if (notModelled)
    return { ok: false, error: `error: "${word}" is not supported by the playground's kubectl`, hint: `${notModelled[1]} ${KNOWN}` };
  const guess = closest(lower, RESOURCE_WORDS);
  return {
    ok: false,
    error: `error: the playground does not know the resource type "${word}"`,
    hint: guess ? `Did you mean "${guess}"? ${KNOWN}` : KNOWN,
  };
}

/** kubectl's error for a type followed by an argument in `TYPE/NAME` form (resource.Builder's ResourceTypeOrNameArgs). */
export const RESOURCE_NAME_FORM =
  "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/**
 * What `svc default/echo-svc` meant: kubectl reads the part before the slash as a resource type,
 * never as a namespace, so the hint names the object with `-n`.
 *
 * @example
 * resourceNameFormHint('svc', 'default/echo-svc');
 * // 'kubectl reads "default/echo-svc" as TYPE/NAME, not NAMESPACE/NAME: write svc echo-svc -n default.'
 */
export function resourceNameFormHint(typeWord: string, arg: string): string {
  const slash = arg.indexOf('/');
  const before = arg.slice(0, slash);
  const name = arg.slice(slash + 1);
  if (resolveKind(before)) return `Write ${arg} alone, without ${typeWord} before it.`;
  return `kubectl reads "${arg}" as TYPE/NAME, not NAMESPACE/NAME: write ${typeWord} ${name} -n ${before}.`;
}

export interface ObjectRef {
  kind: ResourceKind;
  name: string;
}

export type RefResult = { ok: true; ref: ObjectRef; rest: string[] } | { ok: false; error: string; hint: string };

/**
 * Reads `kind name` or `kind/name` from the front of the arguments.
 *
 * @example
 * objectRef(['deploy/echo']); // { ok: true, ref: { kind: 'Deployment', name: 'echo' }, rest: [] }
 */
export function objectRef(args: readonly string[], what = 'a resource'): RefResult {
  const first = args[0];
  const second = args[1];
  if (first !== undefined && !first.includes('/') && second?.includes('/'))
    return { ok: false, error: RESOURCE_NAME_FORM, hint: resourceNameFormHint(first, second) };
  if (first === undefined) return { ok: false, error: `error: you must specify ${what}`, hint: 'e.g. deploy/echo or pod client' };
  const slash = first.indexOf('/');
  if (slash >= 0) {
    const kind = kindOf(first.slice(0, slash));
    if (!kind.ok) return kind;
    const name = first.slice(slash + 1);
    if (!name)
      return { ok: false, error: `error: arguments in resource/name form must have a single resource and name`, hint: 'e.g. deploy/echo' };
    return { ok: true, ref: { kind: kind.kind, name }, rest: args.slice(1) };
  }
  const kind = kindOf(first);
  if (!kind.ok) return kind;
  const name = args[1];
  if (name === undefined) return { ok: false, error: `error: resource name may not be empty`, hint: `e.g. ${first} <name>` };
  return { ok: true, ref: { kind: kind.kind, name }, rest: args.slice(2) };
}
