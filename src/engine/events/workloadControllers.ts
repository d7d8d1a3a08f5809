/**
 * The DaemonSet, StatefulSet and ReplicaSet/ReplicationController controllers on the live cluster:
 * each sync deletes what should go and returns the pods to create (createAndSchedule adds them).
 */
import { keyOf, type Node, type Pod } from '../model';
import { nodeShouldRunDaemonPod } from '../scheduler/daemonSetPlacement';
import {
  CONTROLLER_REVISION_HASH_LABEL,
  daemonPodLabels,
  generatedPodName,
  isActivePod,
  isClaimedBy,
  missingReplicas,
  newWorkloadPod,
  ordinalOf,
  statefulPodLabels,
  workloadRevision,
} from '../scheduler/workloadPods';
import { scaledValue } from '../validation/intOrPercent';
import type { DaemonSet, ReplicaSet, StatefulSet } from '../workloads';
import { rankForDeletion } from './podRanking';
import type { World } from './world';

/**
 * One sync of every workload controller. Returns the pods to create and whether anything changed.
 *
 * @example
 * const { created } = syncWorkloads(world); // a new node gets its daemon pod
 */
export function syncWorkloads(world: World): { created: Pod[]; changed: boolean } {
  const workloads = world.cluster.workloads;
  if (!workloads) return { created: [], changed: false };
  // Names handed out before stay taken: a replacement is a new pod with a new name (StatefulSet pods excepted).
  const taken = world.usedPodNames;
  for (const pod of world.cluster.pods) taken.add(keyOf(pod.metadata));
  const created: Pod[] = [];
  let changed = false;
  for (const ds of workloads.daemonSets) changed = syncDaemonSet(world, ds, taken, created) || changed;
  for (const sts of workloads.statefulSets) changed = syncStatefulSet(world, sts, taken, created) || changed;
  for (const rs of workloads.replicaSets) changed = syncReplicaSet(world, rs, taken, created) || changed;
  return { created, changed: changed || created.length > 0 };
}

function remove(world: World, pods: readonly Pod[], why: string): boolean {
  for (const pod of pods) world.deletePod(pod, pod.spec.terminationGracePeriodSeconds, why);
  return pods.length > 0;
}

/**
 * manage() and rollingUpdate() of pkg/controller/daemon: a pod on every node that should run one,
 * none where it may not continue, extra pods pruned; a changed template replaces old pods within
 * maxUnavailable (deleting first) or maxSurge (starting the new pod first); OnDelete waits for deletions.
 */
function syncDaemonSet(world: World, ds: DaemonSet, taken: Set<string>, created: Pod[]): boolean {
  const name = `DaemonSet ${keyOf(ds.metadata)}`;
  const revision = workloadRevision(ds);
  const labels = daemonPodLabels(ds);
  const byNode = new Map<string, Pod[]>();
  for (const pod of world.cluster.pods) {
    if (!pod.spec.nodeName || !isClaimedBy(pod, ds)) continue;
    const list = byNode.get(pod.spec.nodeName);
    if (list) list.push(pod);
    else byNode.set(pod.spec.nodeName, [pod]);
  }
  const desired: Node[] = [];
  const toDelete: Pod[] = [];
  const create = (node: string) => {
    created.push(newWorkloadPod(ds, generatedPodName(ds, `node/${node}/${world.t}`, taken), labels, node));
  };
  const surge = ds.updateStrategy.type === 'RollingUpdate' ? ds.updateStrategy.maxSurge : 0;
  const desiredCount = world.cluster.nodes.filter((n) => nodeShouldRunDaemonPod(n, ds).shouldRun).length;
  const maxSurge = scaledValue(surge, desiredCount, true);
  let why = `${name}: deleted daemon pod`;
  for (const node of world.cluster.nodes) {
    const fit = nodeShouldRunDaemonPod(node, ds);
    const pods = byNode.get(node.metadata.name) ?? [];
    if (fit.shouldRun) desired.push(node);
    if (fit.shouldRun && pods.length === 0) {
      create(node.metadata.name);
      continue;
    }
    if (!fit.shouldContinueRunning) {
      const active = pods.filter(isActivePod);
      if (active.length > 0) why = `${name}: node ${node.metadata.name} may no longer run it (${fit.reason})`;
      toDelete.push(...active);
      continue;
    }
    const running = pods.filter(isActivePod).sort((a, b) => age(world, a) - age(world, b));
    if (maxSurge === 0 || ds.updateStrategy.type === 'OnDelete') {
      toDelete.push(...running.slice(1));
      continue;
    }
    if (running.length === 0 && fit.shouldRun) create(node.metadata.name);
    const newest = running.find((p) => p.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] === revision);
    const oldest = running.find((p) => p.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] !== revision);
    for (const pod of running) if (pod !== newest && pod !== oldest) toDelete.push(pod);
    if (newest && oldest && (!oldest.status.ready || world.isAvailable(newest, ds.minReadySeconds))) toDelete.push(oldest);
  }
  let changed = remove(world, toDelete, why);
  if (ds.updateStrategy.type === 'RollingUpdate') {
    const maxUnavailable = scaledValue(ds.updateStrategy.maxUnavailable, desired.length, true);
    changed = rollDaemonSet(world, ds, desired, revision, { maxSurge, maxUnavailable }, created, create) || changed;
  }
  return changed;
}

function age(world: World, pod: Pod): number {
  return world.lifeOf(pod).createdAt;
}

/** rollingUpdate(): old pods replaced node by node, never more than maxUnavailable nodes without an available pod. */
function rollDaemonSet(
  world: World,
  ds: DaemonSet,
  desired: readonly Node[],
  revision: string,
  { maxSurge, maxUnavailable }: { maxSurge: number; maxUnavailable: number },
  created: Pod[],
  create: (node: string) => void,
): boolean {
  const name = `DaemonSet ${keyOf(ds.metadata)}`;
  const creating = new Set(created.filter((p) => p.owner?.name === ds.metadata.name).map((p) => p.spec.nodeName));
  let unavailable = 0;
  const replaceNow: Pod[] = [];
  const candidates: Pod[] = [];
  for (const node of desired) {
    const pods = world.cluster.pods.filter((p) => p.spec.nodeName === node.metadata.name && isActivePod(p) && isClaimedBy(p, ds));
    const newPod = pods.find((p) => p.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] === revision);
    const oldPod = pods.find((p) => p.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] !== revision);
    if ((!newPod && !oldPod) || (newPod && oldPod)) {
      unavailable++;
      continue;
    }
    if (newPod) {
      if (!world.isAvailable(newPod, ds.minReadySeconds)) unavailable++;
      continue;
    }
    if (!world.isAvailable(oldPod!, ds.minReadySeconds)) replaceNow.push(oldPod!);
    else candidates.push(oldPod!);
  }
  if (maxSurge === 0) {
    const budget = Math.max(0, Math.min(maxUnavailable - unavailable, candidates.length));
    const pods = [...replaceNow, ...candidates.slice(0, budget)];
    return remove(world, pods, `${name}: rolling update (maxUnavailable ${maxUnavailable}), deleted old pod`);
  }
  // Surge: a new pod starts next to an old one on up to maxSurge nodes (an unavailable old pod at once).
  let surging = desired.filter((node) => {
    const pods = world.cluster.pods.filter((p) => p.spec.nodeName === node.metadata.name && isActivePod(p) && isClaimedBy(p, ds));
    return pods.length > 1;
  }).length;
  let did = false;
  for (const pod of [...replaceNow, ...candidates]) {
    const node = pod.spec.nodeName!;
    if (creating.has(node)) continue;
    if (replaceNow.includes(pod) || surging < maxSurge) {
      if (!replaceNow.includes(pod)) surging++;
      world.say(`${name}: rolling update (maxSurge ${maxSurge}), surging a new pod on ${node}`);
      create(node);
      did = true;
    }
  }
  return did;
}

/**
 * The StatefulSet controller: pods `<name>-<ordinal>` for ordinals [start, start + replicas);
 * OrderedReady creates one at a time, each once every lower one is Running, Ready and available
 * (Ready for minReadySeconds), and deletes from the highest ordinal, one at a time; Parallel does
 * both at once. RollingUpdate replaces the pods from the highest ordinal down to `partition`, each
 * recreated with the same name: one at a time, or with MaxUnavailableStatefulSet on, as many as
 * maxUnavailable allows.
 */
function syncStatefulSet(world: World, sts: StatefulSet, taken: Set<string>, created: Pod[]): boolean {
  const name = `StatefulSet ${keyOf(sts.metadata)}`;
  const start = sts.ordinalsStart;
  const end = start + sts.replicas;
  const byOrdinal = new Map<number, Pod>();
  for (const pod of world.cluster.pods) {
    if (!isClaimedBy(pod, sts)) continue;
    const ordinal = ordinalOf(sts, pod.metadata.name);
    if (ordinal !== undefined) byOrdinal.set(ordinal, pod);
  }
  const ordered = sts.podManagementPolicy === 'OrderedReady';
  // isRunningAndAvailable, and not terminating (the controller's isUnavailable, negated).
  const available = (pod: Pod) => pod.status.phase === 'Running' && isActivePod(pod) && world.isAvailable(pod, sts.minReadySeconds);
  let changed = false;
  for (let ordinal = start; ordinal < end; ordinal++) {
    const pod = byOrdinal.get(ordinal);
    if (!pod) {
      const podName = `${sts.metadata.name}-${ordinal}`;
      taken.add(`${sts.metadata.namespace}/${podName}`);
      created.push(newWorkloadPod(sts, podName, statefulPodLabels(sts, ordinal)));
      changed = true;
      if (ordered) return true;
      continue;
    }
    // OrderedReady: nothing more until this pod is Running, Ready and available (a terminating one must go first).
    if (ordered && !available(pod)) return changed;
  }
  const condemned = [...byOrdinal]
    .filter(([ordinal]) => ordinal < start || ordinal >= end)
    .sort((a, b) => b[0] - a[0])
    .map(([, pod]) => pod);
  if (condemned.length > 0) {
    const active = condemned.filter(isActivePod);
    if (ordered) {
      if (condemned.some((p) => !isActivePod(p)) || active.length === 0) return changed;
      return remove(world, active.slice(0, 1), `${name}: scaled down to ${sts.replicas} (highest ordinal first)`) || changed;
    }
    return remove(world, active, `${name}: scaled down to ${sts.replicas}`) || changed;
  }
  if (sts.updateStrategy.type !== 'RollingUpdate' || changed) return changed;
  const roll = { name, byOrdinal, available, revision: workloadRevision(sts), partition: sts.updateStrategy.partition };
  return world.cluster.controlPlaneGates.MaxUnavailableStatefulSet
    ? rollWithinMaxUnavailable(world, sts, roll)
    : rollOneByOne(world, sts, roll);
}

interface StatefulRoll {
  name: string;
  byOrdinal: ReadonlyMap<number, Pod>;
  available: (pod: Pod) => boolean;
  revision: string;
  partition: number;
}

const isStale = (pod: Pod, revision: string) => pod.metadata.labels[CONTROLLER_REVISION_HASH_LABEL] !== revision;

/**
 * updateStatefulSet without MaxUnavailableStatefulSet: from the highest ordinal down to the
 * partition (an index from spec.ordinals.start), the first old pod is deleted, and an updated pod
 * that is not yet available (or still missing) makes the update wait.
 */
function rollOneByOne(world: World, sts: StatefulSet, { name, byOrdinal, available, revision, partition }: StatefulRoll): boolean {
  for (let ordinal = sts.ordinalsStart + sts.replicas - 1; ordinal - sts.ordinalsStart >= partition; ordinal--) {
    const pod = byOrdinal.get(ordinal);
    if (!pod) return false;
    if (isStale(pod, revision) && isActivePod(pod))
      return remove(world, [pod], `${name}: rolling update to revision ${revision} (partition ${partition})`);
    if (!available(pod)) return false;
  }
  return false;
}

/**
 * updateStatefulSetAfterInvariantEstablished (MaxUnavailableStatefulSet on, as in 1.35 and 1.36):
 * maxUnavailable scaled against spec.replicas (a percent rounds down, at least 1); every pod of
 * the range that is missing, terminating or not available counts against it, and the rest of the
 * budget deletes old pods from the highest ordinal down to the partition. OrderedReady reaches
 * this only once every pod is available, so its pods are deleted in batches and come back one by one.
 */
function rollWithinMaxUnavailable(
  world: World,
  sts: StatefulSet,
  { name, byOrdinal, available, revision, partition }: StatefulRoll,
): boolean {
  const written = sts.updateStrategy.type === 'RollingUpdate' ? sts.updateStrategy.maxUnavailable : undefined;
  const maxUnavailable = Math.max(1, scaledValue(written ?? 1, sts.replicas, false));
  const start = sts.ordinalsStart;
  const end = start + sts.replicas;
  let unavailable = 0;
  for (let ordinal = start; ordinal < end; ordinal++) {
    const pod = byOrdinal.get(ordinal);
    if (!pod || !available(pod)) unavailable++;
  }
  if (unavailable >= maxUnavailable) return false;
  const doomed: Pod[] = [];
  for (let ordinal = end - 1; ordinal - start >= partition && doomed.length < maxUnavailable - unavailable; ordinal--) {
    const pod = byOrdinal.get(ordinal);
    if (pod && isStale(pod, revision) && isActivePod(pod)) doomed.push(pod);
  }
  const why = `${name}: rolling update to revision ${revision} (maxUnavailable ${maxUnavailable}, ${unavailable} unavailable, partition ${partition})`;
  return remove(world, doomed, why);
}

/** syncReplicaSet for a ReplicaSet on its own or a ReplicationController: `replicas` active pods, extras ranked as upstream. */
function syncReplicaSet(world: World, rs: ReplicaSet, taken: Set<string>, created: Pod[]): boolean {
  const active = world.cluster.pods.filter((p) => isActivePod(p) && isClaimedBy(p, rs));
  if (active.length < rs.replicas) {
    created.push(...missingReplicas(rs, world.cluster.pods, taken, world.t + 1));
    return true;
  }
  if (active.length === rs.replicas) return false;
  const extra = rankForDeletion(world, active).slice(0, active.length - rs.replicas);
  return remove(world, extra, `${rs.kind} ${keyOf(rs.metadata)}: scaled down to ${rs.replicas}`);
}
