/**
 * The pods the workload controllers create: a DaemonSet's on every node that should run one
 * (`<ds>-<5 random chars>`, bound to the node as the controller's node affinity makes the
 * scheduler do), a StatefulSet's `<name>-<ordinal>`, a ReplicaSet's or ReplicationController's
 * `<name>-<5 random chars>`. Pods that already exist (a cluster dump's, or earlier ones) count.
 */
import { keyOf, type ClusterState, type Labels, type Pod } from '../model';
import { generateName, randomSuffix } from '../names/generateName';
import { matchesLabelSelector } from '../selectors';
import type { DaemonSet, ReplicaSet, StatefulSet, Workload } from '../workloads';
import { daemonPodTolerations, nodeShouldRunDaemonPod } from './daemonSetPlacement';
import { mixedHash } from './hash';
import { daemonPodNodeAffinity } from './nodeAffinity';
import { computeHash } from './podNames';

export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';
export const POD_TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
export const STATEFULSET_POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

/** The revision a workload's new pods carry in controller-revision-hash (a StatefulSet prefixes its name). */
export function workloadRevision(workload: Workload): string {
  const hash = computeHash(workload);
  return workload.kind === 'StatefulSet' ? `${workload.metadata.name}-${hash}` : hash;
}

/** Whether the pod is the workload's: its selector matches, and no other controller owns it (ClaimPods). */
export function isClaimedBy(pod: Pod, workload: Workload): boolean {
  if (pod.metadata.namespace !== workload.metadata.namespace) return false;
  const owner = pod.owner ?? pod.controllerRef;
  if (owner) return owner.kind === workload.kind && owner.name === workload.metadata.name;
  return matchesLabelSelector(pod.metadata.labels, workload.selector);
}

/** Not terminated and not being deleted (controller.FilterActivePods). */
export function isActivePod(pod: Pod): boolean {
  return pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed' && pod.metadata.deletionTimestamp === undefined;
}

/**
 * A new pod of the workload, from its template: Pending for the scheduler, or bound to `nodeName` (daemon pods).
 *
 * @example
 * newWorkloadPod(ds, 'agent-x7k2q', labels, 'node-1').spec.tolerations.length; // the template's + 6
 * newWorkloadPod(ds, 'agent-x7k2q', labels, 'node-1').spec.requiredNodeAffinity[0].matchFields; // [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }]
 */
export function newWorkloadPod(workload: Workload, name: string, labels: Labels, nodeName?: string): Pod {
  const daemon = workload.kind === 'DaemonSet';
  const tolerations = daemon ? daemonPodTolerations(workload) : workload.template.tolerations;
  const spec: Pod['spec'] = { ...workload.template, labels, tolerations };
  // The DaemonSet controller creates the pod with node affinity to its node; the default scheduler
  // binds it there in the same instant (every other filter was checked by NodeShouldRunDaemonPod).
  if (daemon && nodeName) spec.requiredNodeAffinity = daemonPodNodeAffinity(nodeName);
  if (nodeName) spec.nodeName = nodeName;
  return {
    metadata: { name, namespace: workload.metadata.namespace, labels, annotations: {} },
    spec,
    status: { phase: nodeName ? 'Running' : 'Pending', podIPs: [], ready: true },
    owner: { kind: workload.kind, name: workload.metadata.name },
    source: workload.source,
  };
}

/** `<name>-<5 chars>`, seeded by what the pod is for, so the same cluster always gets the same names. */
export function generatedPodName(workload: Workload, seed: string, taken: Set<string>): string {
  const { namespace, name } = workload.metadata;
  return generateName(
    `${name}-`,
    (attempt) => randomSuffix(mixedHash(`${namespace}/${name}/${seed}`, attempt)),
    taken,
    (generated) => `${namespace}/${generated}`,
  );
}

/** A daemon pod's labels: the template's, the revision hash and the template generation. */
export function daemonPodLabels(ds: DaemonSet): Labels {
  return { ...ds.template.labels, [CONTROLLER_REVISION_HASH_LABEL]: workloadRevision(ds), [POD_TEMPLATE_GENERATION_LABEL]: '1' };
}

/** A StatefulSet pod's labels: the template's, the revision, its name and its index (PodIndexLabel, on since 1.28). */
export function statefulPodLabels(sts: StatefulSet, ordinal: number): Labels {
  return {
    ...sts.template.labels,
    [CONTROLLER_REVISION_HASH_LABEL]: workloadRevision(sts),
    [STATEFULSET_POD_NAME_LABEL]: `${sts.metadata.name}-${ordinal}`,
    [POD_INDEX_LABEL]: String(ordinal),
  };
}

/** The ordinal of a StatefulSet's pod from its name, or undefined for a name that is not `<sts>-<n>`. */
export function ordinalOf(sts: StatefulSet, podName: string): number | undefined {
  const prefix = `${sts.metadata.name}-`;
  if (!podName.startsWith(prefix)) return undefined;
  const rest = podName.slice(prefix.length);
  return /^(0|[1-9][0-9]*)$/.test(rest) ? Number(rest) : undefined;
}

/**
 * The pods the workloads of a settled cluster lack: one daemon pod per node that should run one
 * and has none, every StatefulSet ordinal without its pod, and the ReplicaSets' missing replicas.
 * `pods` is every pod so far; their names are not reused.
 *
 * @example
 * missingWorkloadPods(cluster, cluster.pods).map((p) => p.metadata.name); // ["agent-x7k2q", "agent-4bdfz", "db-0", "db-1"]
 */
export function missingWorkloadPods(cluster: ClusterState, pods: readonly Pod[]): Pod[] {
  const workloads = cluster.workloads;
  if (!workloads) return [];
  const taken = new Set(pods.map((p) => keyOf(p.metadata)));
  const out: Pod[] = [];
  for (const ds of workloads.daemonSets) out.push(...missingDaemonPods(ds, cluster, pods, taken));
  for (const sts of workloads.statefulSets) out.push(...missingStatefulPods(sts, taken));
  for (const rs of workloads.replicaSets) out.push(...missingReplicas(rs, pods, taken, 0));
  return out;
}

function missingDaemonPods(ds: DaemonSet, cluster: ClusterState, pods: readonly Pod[], taken: Set<string>): Pod[] {
  const onNode = new Set<string>();
  for (const pod of pods) if (pod.spec.nodeName && isClaimedBy(pod, ds)) onNode.add(pod.spec.nodeName);
  const labels = daemonPodLabels(ds);
  const out: Pod[] = [];
  for (const node of cluster.nodes) {
    const name = node.metadata.name;
    if (onNode.has(name) || !nodeShouldRunDaemonPod(node, ds).shouldRun) continue;
    out.push(newWorkloadPod(ds, generatedPodName(ds, `node/${name}`, taken), labels, name));
  }
  return out;
}

function missingStatefulPods(sts: StatefulSet, taken: Set<string>): Pod[] {
  const out: Pod[] = [];
  for (let ordinal = sts.ordinalsStart; ordinal < sts.ordinalsStart + sts.replicas; ordinal++) {
    const name = `${sts.metadata.name}-${ordinal}`;
    const key = `${sts.metadata.namespace}/${name}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(newWorkloadPod(sts, name, statefulPodLabels(sts, ordinal)));
  }
  return out;
}

/**
 * A ReplicaSet's or ReplicationController's missing replicas; `salt` tells later creations apart.
 *
 * @example
 * missingReplicas(rs, pods, taken, 0).length; // rs.replicas − its active pods
 */
export function missingReplicas(rs: ReplicaSet, pods: readonly Pod[], taken: Set<string>, salt: number): Pod[] {
  let active = 0;
  for (const pod of pods) if (isActivePod(pod) && isClaimedBy(pod, rs)) active++;
  const out: Pod[] = [];
  for (let r = 0; r < rs.replicas - active; r++) {
    out.push(newWorkloadPod(rs, generatedPodName(rs, `${salt}/${r}`, taken), { ...rs.template.labels }));
  }
  return out;
}
