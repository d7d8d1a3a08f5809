/**
 * Stage 2, the scheduler: every pod of the cluster on a node. User Pods keep what they say; the
 * ReplicaSet behind each Deployment creates its replicas; kube-scheduler places whatever has no
 * spec.nodeName; the pod network gives placed pods an IP; the node lifecycle controller marks pods
 * on NotReady nodes not ready.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { keyOf, type ClusterState, type Deployment, type Pod } from '../model';
import { PodIndex } from '../selectors';
import { assemblePods, type PlacedReplicas } from './assemblePods';
import { ClusterSnapshot } from './clusterSnapshot';
import { ServiceSelectorIndex, defaultSpreadSelector } from './defaultSpread';
import { fileRanks, interleave } from './inputOrder';
import { pendingDiagnostic } from './pendingDiagnostic';
import { placePods } from './placePods';
import { planReplicaSet } from './replicaSet';
import { runStaticFilters, type StaticFilterResult } from './staticFilters';
import { missingWorkloadPods } from './workloadPods';

/**
 * Names and addresses a live cluster has handed out before, for the pods it creates later: the
 * API server's generateName never gives a new pod an old pod's name, and the node's IPAM moves on
 * to the next address instead of taking back the one a deleted pod had.
 */
export interface UsedIdentities {
  /** "namespace/name" of every pod that existed. */
  names: ReadonlySet<string>;
  ips: ReadonlySet<string>;
}

/**
 * Returns every pod of the cluster, in input order (a Deployment's replicas at the Deployment's
 * position), each placed pod with a node, phase and IP, each unplaceable one Pending with the
 * scheduler's reason. Already-bound pods count from the start. Deterministic: the same cluster
 * gives the same names, nodes and IPs.
 *
 * @example
 * const { pods } = schedulePods(cluster);
 * pods.map((p) => `${p.metadata.name}@${p.spec.nodeName}`); // ["client@mnode-m02", "echo-…-…@mnode-m03", "echo-…-…@mnode-m02"]
 */
export function schedulePods(cluster: ClusterState, used?: UsedIdentities): { pods: Pod[]; diagnostics: Diagnostic[] } {
  const { nodes, deployments, version } = cluster;
  // The DaemonSet, StatefulSet and ReplicaSet controllers' pods join the user's before the scheduler runs.
  const created = missingWorkloadPods(cluster, cluster.pods);
  const userPods = created.length > 0 ? [...cluster.pods, ...created] : cluster.pods;
  const diagnostics: Diagnostic[] = [];
  const snapshot = new ClusterSnapshot(nodes);
  const podNode = new Int32Array(userPods.length).fill(-1);
  const pendingReasons = new Map<number, string>();
  const replicas: PlacedReplicas[] = [];
  let unbound = false;
  for (let i = 0; i < userPods.length; i++) {
    const pod = userPods[i]!;
    const nodeName = pod.spec.nodeName;
    if (!nodeName) {
      unbound ||= isSchedulable(pod);
      continue;
    }
    const index = snapshot.nodeIndex.get(nodeName);
    if (index === undefined) {
      const message = `Pod ${keyOf(pod.metadata)} is bound to node "${nodeName}", but no Node "${nodeName}" exists: no kubelet will run it (the pod garbage collector deletes such orphaned pods)`;
      diagnostics.push(diagnosticAt(pod.source, ['spec', 'nodeName'], 'warning', message, `Pod ${keyOf(pod.metadata)}`));
      continue;
    }
    podNode[i] = index;
  }
  // A cluster dump has only bound pods: then the snapshot needs no pod bookkeeping at all.
  const schedules = deployments.length > 0 || unbound;
  if (schedules) {
    for (let i = 0; i < userPods.length; i++) if (podNode[i]! >= 0 && !isTerminal(userPods[i]!)) snapshot.add(userPods[i]!, podNode[i]!);
  }

  const order =
    deployments.length > 0
      ? interleave(userPods, deployments, fileRanks([nodes, userPods, deployments, cluster.services, cluster.endpointSlices]))
      : undefined;

  if (schedules) {
    const services = new ServiceSelectorIndex(cluster.services);
    const filterCache = new Map<string, StaticFilterResult>();
    const filtersFor = (template: Pod['spec']): StaticFilterResult => {
      const key = JSON.stringify([template.nodeSelector, template.requiredNodeAffinity, template.tolerations]);
      let result = filterCache.get(key);
      if (!result) filterCache.set(key, (result = runStaticFilters(snapshot, template, version)));
      return result;
    };
    let taken: Set<string> | undefined;
    let userPodIndex: PodIndex | undefined;

    const schedulePod = (i: number) => {
      const pod = userPods[i]!;
      if (pod.spec.nodeName || !isSchedulable(pod)) return;
      const { namespace, labels } = pod.metadata;
      const selector = defaultSpreadSelector(services.selecting(namespace, labels));
      const result = placePods(
        snapshot,
        {
          namespace,
          labels,
          constraints: pod.spec.topologySpreadConstraints,
          template: pod.spec,
          placed: pod,
          count: 1,
          ...(selector ? { defaultSpread: { selector, byOwner: false } } : {}),
        },
        filtersFor(pod.spec),
        version,
      );
      if (!result.pending) {
        podNode[i] = result.nodes[0]!;
        return;
      }
      pendingReasons.set(i, result.pending.reason);
      const object = `Pod ${keyOf(pod.metadata)}`;
      diagnostics.push(
        pendingDiagnostic(pod.source, ['spec'], pod.spec, result.pending.statuses, object, `${object} is Pending`, result.pending.reason),
      );
    };

    const scheduleDeployment = (deployment: Deployment): PlacedReplicas => {
      const { namespace } = deployment.metadata;
      const object = `Deployment ${keyOf(deployment.metadata)}`;
      userPodIndex ??= PodIndex.of(userPods);
      if (!taken) {
        taken = new Set(podKeys(userPods));
        if (used) for (const key of used.names) taken.add(key);
      }
      const plan = planReplicaSet(deployment, userPodIndex, taken);
      // Pods the engine created on an earlier event (cluster events) are its own replicas: nothing to say.
      if (plan.foreign > 0) {
        const message = `${object}: ${plan.adopted} existing pod(s) with a pod-template-hash label match its selector and count as its replicas; ${plan.names.length} new pod(s) created`;
        diagnostics.push(diagnosticAt(deployment.source, ['spec', 'replicas'], 'info', message, object));
      }
      const result = placePods(
        snapshot,
        {
          namespace,
          labels: plan.labels,
          constraints: deployment.template.topologySpreadConstraints,
          template: deployment.template,
          placed: { metadata: { namespace, labels: plan.labels } },
          count: plan.names.length,
          defaultSpread: { selector: defaultSpreadSelector(services.selecting(namespace, plan.labels), plan.selector)!, byOwner: true },
        },
        filtersFor(deployment.template),
        version,
      );
      const placed: PlacedReplicas = { deployment, labels: plan.labels, names: plan.names, nodes: result.nodes };
      if (result.pending) {
        placed.pendingReason = result.pending.reason;
        const stuck = result.nodes.filter((n) => n < 0).length;
        const lead = `${object}: ${stuck} of ${plan.names.length} new replica(s) Pending`;
        diagnostics.push(
          pendingDiagnostic(
            deployment.source,
            ['spec', 'template', 'spec'],
            deployment.template,
            result.pending.statuses,
            object,
            lead,
            result.pending.reason,
          ),
        );
      }
      return placed;
    };

    if (order) {
      for (const entry of order) {
        if (entry >= 0) schedulePod(entry);
        else replicas[-entry - 1] = scheduleDeployment(deployments[-entry - 1]!);
      }
    } else for (let i = 0; i < userPods.length; i++) schedulePod(i);
  }

  const pods = assemblePods(nodes, { pods: userPods, nodes: podNode, pendingReasons }, replicas, order, diagnostics, used?.ips);
  return { pods, diagnostics };
}

/**
 * The "namespace/name" of every pod of a list, remembered with the list: an edit that only
 * scales a Deployment schedules the same user pods again.
 */
function podKeys(pods: readonly Pod[]): ReadonlySet<string> {
  let keys = keysOf.get(pods);
  if (!keys) keysOf.set(pods, (keys = new Set(pods.map((pod) => keyOf(pod.metadata)))));
  return keys;
}

const keysOf = new WeakMap<readonly Pod[], ReadonlySet<string>>();

function isTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

/** The scheduler skips terminated pods and pods already being deleted. */
function isSchedulable(pod: Pod): boolean {
  return !isTerminal(pod) && pod.metadata.deletionTimestamp === undefined;
}
