import { describe, expect, it } from 'vitest';
import { HOSTNAME_LABEL, type Node, type Pod, type TopologySpreadConstraint } from '../../../src/engine/model';
import { ClusterSnapshot } from '../../../src/engine/scheduler/clusterSnapshot';
import { placePods, type PlacementStrategy } from '../../../src/engine/scheduler/placePods';
import { runStaticFilters } from '../../../src/engine/scheduler/staticFilters';
import { node, pod, template } from './fixtures';

function place(
  nodes: Node[],
  bound: Pod[],
  labels: Record<string, string>,
  spread: TopologySpreadConstraint[],
  count: number,
  strategy: PlacementStrategy,
) {
  const snapshot = new ClusterSnapshot(nodes);
  for (const p of bound) snapshot.add(p, snapshot.nodeIndex.get(p.spec.nodeName!)!);
  const t = template({ labels, spread });
  const run = {
    namespace: 'default',
    labels,
    constraints: spread,
    template: t,
    placed: { metadata: { namespace: 'default', labels } },
    count,
  };
  const result = placePods(snapshot, run, runStaticFilters(snapshot, t, '1.34'), '1.34', strategy);
  return { nodes: [...result.nodes].map((i) => nodes[i]?.metadata.name ?? 'Pending'), reason: result.pending?.reason };
}

const webOnHost: TopologySpreadConstraint = {
  maxSkew: 1,
  topologyKey: HOSTNAME_LABEL,
  whenUnsatisfiable: 'DoNotSchedule',
  labelSelector: { matchLabels: { app: 'web' }, matchExpressions: [] },
};

describe('placePods: grouping alike nodes gives the scan’s answer', () => {
  it('keeps nodes with equal pod counts apart when their matching-pod counts differ (DoNotSchedule on hostname)', () => {
    // n0 runs two web pods, n1 two db pods: same load, but only n1 keeps the web skew within 1.
    const nodes = [node('n0'), node('n1'), node('n2', { taints: [{ key: 'x', effect: 'NoSchedule' }] })];
    const bound = [
      pod('w1', { nodeName: 'n0', labels: { app: 'web' } }),
      pod('w2', { nodeName: 'n0', labels: { app: 'web' } }),
      pod('d1', { nodeName: 'n1', labels: { app: 'db' } }),
      pod('d2', { nodeName: 'n1', labels: { app: 'db' } }),
    ];
    for (const strategy of ['scan', 'classes'] as const) {
      expect(place(nodes, bound, { app: 'db' }, [webOnHost], 3, strategy).nodes).toEqual(['n1', 'n1', 'n1']);
    }
  });

  it('agrees with the scan on a larger mixed cluster, replica by replica', () => {
    const nodes = Array.from({ length: 40 }, (_, i) =>
      node(`n${String(i).padStart(2, '0')}`, { zone: `z${i % 4}`, cpu: i % 5 === 0 ? 8000 : 4000 }),
    );
    const bound = Array.from({ length: 30 }, (_, k) =>
      pod(`b${k}`, { nodeName: `n${String((k * 7) % 40).padStart(2, '0')}`, labels: { app: k % 3 ? 'web' : 'db' } }),
    );
    const spread: TopologySpreadConstraint[] = [
      { ...webOnHost, maxSkew: 2 },
      {
        maxSkew: 1,
        topologyKey: 'topology.kubernetes.io/zone',
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: webOnHost.labelSelector!,
      },
    ];
    const scan = place(nodes, bound, { app: 'web' }, spread, 120, 'scan');
    expect(place(nodes, bound, { app: 'web' }, spread, 120, 'classes')).toEqual(scan);
    expect(scan.nodes.filter((n) => n === 'Pending').length).toBeLessThan(120);
  });
});
