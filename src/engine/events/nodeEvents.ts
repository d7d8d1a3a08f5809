/** Node and zone events: cordon, drain, NotReady, delete, zone outages. */
import { HOSTNAME_LABEL, keyOf, ZONE_LABEL, type Node, type Pod } from '../model';
import { DRAIN_RETRY_SECONDS, evictionErrorLine, evictionPass } from './disruption';
import { isActive, type World } from './world';

function setUnschedulable(world: World, node: Node, unschedulable: boolean): void {
  const name = node.metadata.name;
  if (node.unschedulable === unschedulable) {
    world.say(`node/${name} already ${unschedulable ? 'cordoned' : 'uncordoned'}`);
    return;
  }
  world.cluster.nodes = world.cluster.nodes.map((n) => (n === node ? { ...n, unschedulable } : n));
  world.say(`node/${name} ${unschedulable ? 'cordoned' : 'uncordoned'}`);
}

/** A pod a DaemonSet manages: kubectl drain leaves it (with --ignore-daemonsets), the DaemonSet would recreate it at once. */
export function isDaemonSetPod(pod: Pod): boolean {
  return (pod.owner ?? pod.controllerRef)?.kind === 'DaemonSet';
}

/**
 * `kubectl drain`: cordon, then evict every pod of the node. Like kubectl, without `force` it
 * refuses when a pod has no controller to replace it (the node stays cordoned). An eviction a
 * PodDisruptionBudget refuses is asked again every 5 s, until the budget allows it.
 */
function drain(world: World, node: Node, force: boolean, gracePeriodSeconds: number | undefined, ignoreDaemonSets: boolean): void {
  setUnschedulable(world, node, true);
  const name = node.metadata.name;
  const all = world.cluster.pods.filter((p) => p.spec.nodeName === name && isActive(p));
  const daemon = all.filter(isDaemonSetPod);
  const pods = all.filter((p) => !isDaemonSetPod(p));
  const bare = pods.filter((p) => !p.owner && !p.controllerRef);
  const problems: string[] = [];
  if (bare.length > 0 && !force)
    problems.push(
      `cannot delete Pods that declare no controller (use --force to override): ${bare.map((p) => keyOf(p.metadata)).join(', ')}`,
    );
  if (daemon.length > 0 && !ignoreDaemonSets)
    problems.push(
      `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map((p) => keyOf(p.metadata)).join(', ')}`,
    );
  if (problems.length > 0) {
    world.warn(`unable to drain node "${name}": ${problems.join(', ')}`);
    return;
  }
  if (daemon.length > 0) world.say(`Warning: ignoring DaemonSet-managed Pods: ${daemon.map((p) => keyOf(p.metadata)).join(', ')}`);
  world.draining.set(name, {
    ...(gracePeriodSeconds !== undefined ? { gracePeriodSeconds } : {}),
    retryAt: world.t,
    refused: new Set(),
    givenUp: new Set(),
  });
  continueDrain(world, name);
}

/**
 * One pass of a drain's evictions (drain.evictPods): what the eviction API allows is evicted; a
 * refusal by a disruption budget is retried at the next pass, any other error gives the pod up.
 * The drain ends when nothing is left to ask for.
 */
export function continueDrain(world: World, name: string): void {
  const state = world.draining.get(name);
  if (!state) return;
  if (!world.node(name)) {
    world.draining.delete(name);
    return;
  }
  let waiting = 0;
  const candidates = world.cluster.pods.filter(
    (p) => p.spec.nodeName === name && isActive(p) && !isDaemonSetPod(p) && !state.givenUp.has(keyOf(p.metadata)),
  );
  for (const { pod, answer } of evictionPass(candidates, world.cluster)) {
    const key = keyOf(pod.metadata);
    if (answer.allowed)
      world.deletePod(pod, state.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds, `evicting pod ${key} (drain ${name})`);
    else if (!answer.retry) {
      state.givenUp.add(key);
      world.warn(evictionErrorLine(pod, answer));
    } else {
      waiting++;
      // Said once per pod: kubectl repeats the line every 5 s.
      if (!state.refused.has(key)) world.say(`${evictionErrorLine(pod, answer)} ${answer.cause}`);
      state.refused.add(key);
    }
  }
  if (waiting > 0) {
    state.retryAt = world.t + DRAIN_RETRY_SECONDS;
    return;
  }
  world.draining.delete(name);
  if (state.givenUp.size > 0) world.warn(`unable to drain node "${name}": ${[...state.givenUp].join(', ')} could not be evicted`);
  else world.say(`node/${name} drained`);
}

/** Applies a node event; returns false when the node does not exist. */
export function applyNodeEvent(
  world: World,
  type: 'node.cordon' | 'node.uncordon' | 'node.drain' | 'node.notReady' | 'node.ready' | 'node.delete',
  name: string,
  options: { force?: boolean; gracePeriodSeconds?: number; ignoreDaemonSets?: boolean } = {},
): void {
  const node = world.node(name);
  if (!node) {
    world.warn(`nodes "${name}" not found`);
    return;
  }
  switch (type) {
    case 'node.cordon':
      return setUnschedulable(world, node, true);
    case 'node.uncordon':
      return setUnschedulable(world, node, false);
    case 'node.drain':
      return drain(world, node, options.force === true, options.gracePeriodSeconds, options.ignoreDaemonSets === true);
    case 'node.notReady':
      world.nodeReadyOverride.set(name, false);
      world.say(`kubelet on ${name} stopped posting node status`);
      return;
    case 'node.ready':
      world.nodeReadyOverride.set(name, true);
      world.say(`kubelet on ${name} is posting ready status`);
      return;
    case 'node.delete': {
      world.cluster.nodes = world.cluster.nodes.filter((n) => n !== node);
      world.notReadySince.delete(name);
      world.draining.delete(name);
      world.say(`node "${name}" deleted`);
      // The pod garbage collector deletes pods bound to a node that no longer exists.
      for (const pod of world.cluster.pods.filter((p) => p.spec.nodeName === name)) {
        world.removePod(keyOf(pod.metadata));
        world.say(`PodGC: deleted pod ${keyOf(pod.metadata)} of the deleted node ${name}`);
      }
      return;
    }
  }
}

export function applyZoneEvent(world: World, type: 'zone.outage' | 'zone.recover', zone: string): void {
  const nodes = world.cluster.nodes.filter((n) => n.zone === zone);
  if (nodes.length === 0) {
    world.warn(`no node carries ${ZONE_LABEL}=${zone}`);
    return;
  }
  if (type === 'zone.outage') world.downZones.add(zone);
  else world.downZones.delete(zone);
  const names = nodes.map((n) => n.metadata.labels[HOSTNAME_LABEL] ?? n.metadata.name).join(', ');
  world.say(
    type === 'zone.outage'
      ? `zone ${zone} is down: its nodes (${names}) stop reporting`
      : `zone ${zone} is back: its nodes (${names}) report again`,
  );
}
