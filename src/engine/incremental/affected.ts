/**
 * What an edit of Nodes and Pods in place reaches beyond the scheduler's stage, as the
 * EndpointSlice controller's pod and node handlers and kube-proxy see it.
 */
import type { PipelineState } from '../analyzeCluster';
import { hintsEnabled } from '../endpointslice/hintsEnabled';
import { keyOf, normalizeObjectKey, type Node, type Pod, type Service } from '../model';
import { placeClients, type PlacedClient } from '../routes/computeClientRoutes';
import { matchesSelector } from '../selectors';
import type { DecodedObjects } from './objectEdits';
import type { Rescheduled } from './reschedule';

/** What an edit of Nodes and Pods in place reaches beyond the scheduler. */
export interface Affected {
  /** Services (positions) whose EndpointSlices may change. */
  services: Set<number>;
  /** Pods (positions) whose summaries change. */
  pods: Set<number>;
  /** Clients whose own pod or node changed, placed anew (all their routes are redone). */
  clients: Map<string, PlacedClient>;
  zoneChanged: boolean;
  /** A changed pod's labels changed (keeping which Services select it). */
  labelsChanged: boolean;
}

/**
 * The Services, pods and clients an edit of Nodes and Pods reaches, as the controller's and
 * kube-proxy's handlers see it: a changed pod → the Services selecting it; a node's zone →
 * the Services with endpoints on it (their endpoints' zone, hence PreferClose/PreferSameZone
 * hints); a node's zone, CPU, Ready condition or role → every topology-mode Auto Service (the
 * topology cache's allocations read every zone's CPU); a node → the clients on it. Why not, when
 * a pod's labels change which Services select it or whether it is a client.
 *
 * @example
 * const affected = affectedByObjects(previous, cluster, rescheduled, objects, servicePositions);
 * if (!('reason' in affected)) affected.services; // positions of the Services to sync again
 */
export function affectedByObjects(
  previous: PipelineState,
  cluster: PipelineState['cluster'],
  again: Rescheduled,
  objects: DecodedObjects,
  positions: ReadonlyMap<string, number>,
): Affected | { reason: string } {
  const summaries = previous.report.pods;
  const affected: Affected = { services: new Set(), pods: new Set(), clients: new Map(), zoneChanged: false, labelsChanged: false };
  const addSelecting = (selectedBy: readonly string[]) => {
    for (const key of selectedBy) affected.services.add(positions.get(key)!);
  };
  const from = previous.options.from ? normalizeObjectKey(previous.options.from) : undefined;
  const clientPods: { key: string; pod: Pod }[] = [];
  for (const i of again.changed) {
    const was = previous.pods[i]!;
    const now = again.pods[i]!;
    const summary = summaries[i]!;
    if (JSON.stringify(was.metadata.labels) !== JSON.stringify(now.metadata.labels)) {
      affected.labelsChanged = true;
      const selecting = selectingServices(cluster.services, now);
      if (selecting.join('\n') !== summary.selectedBy.join('\n'))
        return { reason: `Pod ${summary.key}: its labels change which Services select it` };
    }
    const client = summary.key === from || (summary.selectedBy.length === 0 && !isTerminal(now));
    if (client !== summary.client) return { reason: `Pod ${summary.key}: whether it is a client (a pod no Service selects) changed` };
    addSelecting(summary.selectedBy);
    affected.pods.add(i);
    if (client) clientPods.push({ key: summary.key, pod: now });
  }

  const edited = new Map<string, { zoneChanged: boolean }>();
  for (const edit of objects.nodes) {
    const zoneChanged = edit.before.zone !== edit.after.zone;
    edited.set(edit.after.metadata.name, { zoneChanged });
    if (zoneChanged) affected.zoneChanged = true;
    if (topologyInput(edit.before) !== topologyInput(edit.after))
      cluster.services.forEach((service, s) => {
        if (hintsEnabled(service.metadata.annotations)) affected.services.add(s);
      });
  }
  if (edited.size > 0) {
    summaries.forEach((summary, i) => {
      const node = summary.node === undefined ? undefined : edited.get(summary.node);
      if (!node) return;
      affected.pods.add(i);
      if (node.zoneChanged) addSelecting(summary.selectedBy);
      if (summary.client && !clientPods.some((c) => c.key === summary.key)) clientPods.push({ key: summary.key, pod: again.pods[i]! });
    });
  }

  if (clientPods.length > 0) {
    const wasPlaced = new Set(previous.placed.map((client) => client.from));
    for (const { key, pod } of clientPods) {
      const [client] = placeClients([pod], cluster.nodes);
      if (wasPlaced.has(key) !== (client !== undefined)) return { reason: `Pod ${key}: whether the client runs on a node changed` };
      if (client) affected.clients.set(key, client);
    }
  }
  return affected;
}

/** What the topology cache (topology-mode Auto) reads of a node. */
function topologyInput(node: Node): string {
  return JSON.stringify([node.zone, node.ready, node.controlPlane, node.allocatableCpuMilli]);
}

/** The keys of the Services selecting `pod`, in Service order (as the report's selectedBy lists them). */
export function selectingServices(services: readonly Service[], pod: Pod): string[] {
  const keys: string[] = [];
  for (const service of services) {
    if (!service.selector || service.metadata.namespace !== pod.metadata.namespace) continue;
    if (matchesSelector(pod.metadata.labels, service.selector)) keys.push(keyOf(service.metadata));
  }
  return keys;
}

export function isTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}
