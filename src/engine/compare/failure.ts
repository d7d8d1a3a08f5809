/** The failure column's event: a zone outage, a node drain or the client's local endpoint deleted. */
import { describeEvent } from '../events/describeEvent';
import type { ClusterEvent } from '../events/types';
import type { ClusterState } from '../model';
import type { RoutingReport } from '../report';
import type { FailureSpec } from './types';

/**
 * The timeline event a failure is, or why it cannot happen. "local-pod" deletes the endpoint pod
 * of `service` on the node of its first client (by name) in `report`; a drain is
 * `kubectl drain --force`, so pods no controller manages are deleted too, as kubectl does with it.
 *
 * @example
 * failureEvent({ kind: 'zone', zone: 'zone-a' }, cluster, report, 'default/echo-svc'); // { event: { type: 'zone.outage', zone: 'zone-a' } }
 */
export function failureEvent(
  spec: FailureSpec,
  cluster: ClusterState,
  report: RoutingReport,
  service: string,
): { event: ClusterEvent; label: string } | { problem: string } {
  switch (spec.kind) {
    case 'zone': {
      if (!cluster.nodes.some((n) => n.zone === spec.zone)) return { problem: `no node is in zone "${spec.zone}"` };
      const event: ClusterEvent = { type: 'zone.outage', zone: spec.zone };
      return { event, label: describeEvent(event) };
    }
    case 'drain': {
      if (!cluster.nodes.some((n) => n.metadata.name === spec.node)) return { problem: `nodes "${spec.node}" not found` };
      const event: ClusterEvent = { type: 'node.drain', node: spec.node, force: true };
      return { event, label: describeEvent(event) };
    }
    case 'local-pod': {
      const clients = [
        ...new Set(report.routes.filter((r) => r.service === service && r.traffic === 'internal').map((r) => r.from)),
      ].sort();
      const pods = new Map(report.pods.map((p) => [p.key, p]));
      for (const client of clients) {
        const node = pods.get(client)?.node;
        if (!node) continue;
        const local = report.pods
          .filter((p) => p.node === node && p.selectedBy.includes(service) && p.ready && !p.terminating)
          .map((p) => p.key)
          .sort()[0];
        if (!local) continue;
        const event: ClusterEvent = { type: 'pod.delete', pod: local };
        return { event, label: `${describeEvent(event)} (the endpoint on ${client}'s node ${node})` };
      }
      return { problem: `no client of ${service} has a Ready endpoint on its own node` };
    }
  }
}
