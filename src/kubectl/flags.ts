/**
 * The flags each kubectl verb accepts, cobra style: a long name, an optional one-letter
 * shorthand, and whether it takes a value.
 */

export interface FlagSpec {
  name: string;
  short?: string;
  /** Takes a value (`--name=value`, `--name value`, `-xvalue`); otherwise a switch. */
  value: boolean;
  /** May be given more than once (values collect in order). */
  repeat?: boolean;
  help: string;
}

const namespace: FlagSpec = { name: 'namespace', short: 'n', value: true, help: 'the namespace (default: default)' };
const help: FlagSpec = { name: 'help', short: 'h', value: false, help: 'usage of the command' };

/**
 * kubectl's global flags (`kubectl options`), accepted before or after the verb as cobra accepts
 * persistent flags. Only `--namespace` has a meaning here; the others choose another cluster or
 * identity, which the playground (one cluster, no kubeconfig) refuses by name.
 */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  namespace,
  { name: 'context', value: true, help: 'refused: the playground has one cluster' },
  { name: 'kubeconfig', value: true, help: 'refused: the playground has no kubeconfig' },
  { name: 'server', short: 's', value: true, help: 'refused: the playground has no API server address' },
  { name: 'cluster', value: true, help: 'refused: the playground has one cluster' },
  { name: 'user', value: true, help: 'refused: the playground has no users' },
  { name: 'token', value: true, help: 'refused: the playground has no users' },
];

/** Global flags that pick another cluster or identity: refused with one clear line. */
export const REFUSED_GLOBALS: readonly string[] = GLOBAL_FLAGS.filter((f) => f.name !== 'namespace').map((f) => f.name);

export const KUBECTL_VERBS = [
  'get',
  'describe',
  'apply',
  'patch',
  'scale',
  'label',
  'cordon',
  'uncordon',
  'drain',
  'delete',
  'rollout',
  'set',
] as const;
export type KubectlVerb = (typeof KUBECTL_VERBS)[number];

export const VERB_FLAGS: Record<KubectlVerb, FlagSpec[]> = {
  get: [
    namespace,
    help,
    { name: 'all-namespaces', short: 'A', value: false, help: 'list objects of every namespace' },
    { name: 'output', short: 'o', value: true, help: 'wide, yaml, json, name, jsonpath=TEMPLATE or custom-columns=SPEC' },
    { name: 'selector', short: 'l', value: true, help: 'label selector, e.g. app=echo' },
    { name: 'label-columns', short: 'L', value: true, repeat: true, help: 'a column for this label' },
    { name: 'show-labels', value: false, help: 'a LABELS column' },
    { name: 'sort-by', value: true, help: 'sort the list by a JSONPath field, e.g. .metadata.name' },
    { name: 'no-headers', value: false, help: 'leave the column names out' },
    { name: 'watch', short: 'w', value: false, help: 'print the list, then each change as the timeline plays' },
  ],
  describe: [namespace, help],
  apply: [namespace, help, { name: 'filename', short: 'f', value: true, repeat: true, help: 'a workspace file' }],
  patch: [
    namespace,
    help,
    { name: 'patch', short: 'p', value: true, help: 'the patch, JSON (or YAML)' },
    { name: 'type', value: true, help: 'merge or strategic (both merge maps here)' },
  ],
  scale: [namespace, help, { name: 'replicas', value: true, help: 'the new number of replicas' }],
  label: [namespace, help, { name: 'overwrite', value: false, help: 'replace a label that has a value' }],
  cordon: [namespace, help],
  uncordon: [namespace, help],
  drain: [
    namespace,
    help,
    { name: 'ignore-daemonsets', value: false, help: 'go on although DaemonSet pods stay' },
    { name: 'force', value: false, help: 'also delete pods no controller will replace' },
    { name: 'delete-emptydir-data', value: false, help: 'go on although pods use emptyDir' },
    { name: 'grace-period', value: true, help: 'seconds each pod gets to terminate' },
    { name: 'timeout', value: true, help: 'how long to wait' },
  ],
  delete: [
    namespace,
    help,
    { name: 'grace-period', value: true, help: 'seconds the pod gets to terminate' },
    { name: 'force', value: false, help: 'with --grace-period=0: remove at once' },
    { name: 'now', value: false, help: 'same as --grace-period=1' },
    { name: 'selector', short: 'l', value: true, help: 'delete the objects with these labels, e.g. app=echo' },
    { name: 'all', value: false, help: 'delete every object of the kind in the namespace' },
    { name: 'wait', value: false, help: 'wait for the deletion' },
  ],
  rollout: [namespace, help, { name: 'watch', short: 'w', value: false, help: 'watch the rollout' }],
  set: [namespace, help],
};

/**
 * kubectl flags the playground does not take, and what to use instead: refused by name (kubectl
 * has them), never as an unknown flag.
 */
export const UNSUPPORTED_FLAGS: Readonly<Record<string, { short?: string; value: boolean; hint: string }>> = {
  'field-selector': { value: true, hint: "Select by labels with -l KEY=VALUE, or see each pod's node with kubectl get pods -o wide." },
  'dry-run': { value: true, hint: 'Every change lands on the timeline, where ← or Alt+Z undoes it.' },
  'ignore-not-found': { value: false, hint: 'Leave it out: a name that is not found is an error line, nothing else happens.' },
  'show-kind': { value: false, hint: 'Several kinds (kubectl get svc,deploy) print kind/name names.' },
  'watch-only': { value: false, hint: 'Use -w: it prints the list, then each changed row.' },
  'output-watch-events': { value: false, hint: 'Use -w: it prints each changed row as the timeline plays.' },
  'chunk-size': { value: true, hint: 'Leave it out: the playground lists everything at once.' },
  'request-timeout': { value: true, hint: 'Leave it out: the playground answers at once.' },
  'show-managed-fields': { value: false, hint: 'The playground keeps no managed fields.' },
  template: { value: true, hint: 'Use -o jsonpath=TEMPLATE or -o custom-columns=HEADER:PATH.' },
  raw: { value: true, hint: 'Use kubectl get KIND NAME -o yaml.' },
  subresource: { value: true, hint: 'Use kubectl get KIND NAME -o yaml: its status is in it.' },
  cascade: {
    value: true,
    hint: 'Deleting a pod or node is what the playground models; its controllers act as they would in the foreground.',
  },
  'server-side': { value: false, hint: 'kubectl apply -f FILE replaces the objects; there are no field managers.' },
  'field-manager': { value: true, hint: 'kubectl apply -f FILE replaces the objects; there are no field managers.' },
  record: { value: false, hint: 'The timeline records every change.' },
  recursive: { short: 'R', value: false, hint: 'Name each workspace file with -f.' },
  kustomize: { short: 'k', value: true, hint: 'Name each workspace file with -f.' },
  v: { short: 'v', value: true, hint: 'The playground logs nothing: kubectl get events shows what the controllers did.' },
};

export function findFlag(verb: KubectlVerb, name: string): FlagSpec | undefined {
  return VERB_FLAGS[verb].find((f) => f.name === name) ?? GLOBAL_FLAGS.find((f) => f.name === name);
}

export function findShorthand(verb: KubectlVerb, short: string): FlagSpec | undefined {
  return VERB_FLAGS[verb].find((f) => f.short === short) ?? GLOBAL_FLAGS.find((f) => f.short === short);
}
