/** New pods for Deployments (ReplicaSet controller) and placement of unscheduled pods (kube-scheduler). */
import { keyOf, type Deployment, type Pod } from '../model';
import { POD_TEMPLATE_HASH_LABEL } from '../scheduler/podNames';
import { schedulePods } from '../scheduler/schedulePods';
import { STARTUP_SECONDS } from './clock';
import { isActive, type World } from './world';

/**
 * Creates `count` pods per Deployment, adds the `extra` pods other controllers created, and runs
 * the scheduler over every pod that has no node.
 * The new pods get names and IPs no pod of this cluster had before (generateName and the node's
 * IPAM never hand an old one out again) and a UID of their own: a replacement is a new pod, never
 * the old one moved. Returns whether anything changed.
 */
export function createAndSchedule(
  world: World,
  creations: ReadonlyMap<Deployment, number>,
  owned: (d: Deployment) => Pod[],
  extra: readonly Pod[] = [],
): boolean {
  const unbound = world.cluster.pods.some((p) => !p.spec.nodeName && isActive(p));
  if (creations.size === 0 && extra.length === 0 && !unbound) return false;
  const before = new Map(world.cluster.pods.map((p) => [keyOf(p.metadata), p]));
  const pods = world.cluster.pods.map((p) =>
    p.spec.nodeName || !isActive(p) || p.pendingReason === undefined ? p : withoutPendingReason(p),
  );
  const deployments = [...creations].map(([d, count]) => ({ ...d, replicas: owned(d).length + count }));
  // The workload controllers' pods come from settle (workloadControllers.ts), not from the scheduler stage.
  const { workloads: _controllers, ...cluster } = world.cluster;
  const { pods: scheduled } = schedulePods(
    { ...cluster, pods: [...pods, ...extra], deployments },
    { names: world.usedPodNames, ips: world.usedPodIps },
  );

  let changed = false;
  world.cluster.pods = scheduled.map((pod) => {
    const key = keyOf(pod.metadata);
    const old = before.get(key);
    if (!old) {
      changed = true;
      const copy: Pod = { ...pod, metadata: { ...pod.metadata, uid: world.newUid(key) }, spec: { ...pod.spec }, status: { ...pod.status } };
      world.remember(copy);
      world.life.set(key, { createdAt: world.t, readyAt: world.t + STARTUP_SECONDS, baseReady: true, probeFailing: false, restarts: 0 });
      world.say(`${controllerOf(pod)}: created pod ${key}`);
      reportPlacement(world, copy);
      return copy;
    }
    if (!old.spec.nodeName && pod.spec.nodeName) {
      changed = true;
      world.remember(pod);
      const life = world.lifeOf(pod);
      life.readyAt = world.t + STARTUP_SECONDS;
      reportPlacement(world, pod);
    }
    return pod;
  });
  return changed;
}

/** Who created the pod: a Deployment's pods come from its ReplicaSet `<deployment>-<pod-template-hash>`. */
/** The controller that creates a pod, in its log's words: `ReplicaSet echo-7f87489d76`, `StatefulSet web`. */
export function controllerOf(pod: Pod): string {
  if (!pod.owner) return 'ReplicaSet';
  if (pod.owner.kind !== 'Deployment') return `${pod.owner.kind} ${pod.owner.name}`;
  const hash = pod.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  return `ReplicaSet ${hash ? `${pod.owner.name}-${hash}` : pod.owner.name}`;
}

function reportPlacement(world: World, pod: Pod): void {
  const key = keyOf(pod.metadata);
  if (pod.spec.nodeName) world.say(`Scheduled: successfully assigned ${key} to ${pod.spec.nodeName}`);
  else world.say(`FailedScheduling: ${key}: ${pod.pendingReason ?? 'no node fits'}`);
}

function withoutPendingReason(pod: Pod): Pod {
  const { pendingReason: _ignored, ...rest } = pod;
  return rest;
}
