import { describe, expect, it } from 'vitest';
import { HOSTNAME_LABEL, ZONE_LABEL, type Node, type Pod, type TopologySpreadConstraint } from '../../../src/engine/model';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, deployment, node, service } from './fixtures';

const zoneOf = (nodes: Node[], pod: Pod) => nodes.find((n) => n.metadata.name === pod.spec.nodeName)?.zone;

function perZone(nodes: Node[], pods: Pod[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of pods) if (p.spec.nodeName) counts[zoneOf(nodes, p) ?? '-'] = (counts[zoneOf(nodes, p) ?? '-'] ?? 0) + 1;
  return counts;
}

const zoneSpread = (
  maxSkew: number,
  whenUnsatisfiable: TopologySpreadConstraint['whenUnsatisfiable'],
  extra: Partial<TopologySpreadConstraint> = {},
): TopologySpreadConstraint => ({
  maxSkew,
  topologyKey: ZONE_LABEL,
  whenUnsatisfiable,
  labelSelector: { matchLabels: { app: 'web' }, matchExpressions: [] },
  ...extra,
});

describe('system default spreading (no constraints in the pod)', () => {
  const nodes = ['a', 'b', 'c'].flatMap((z) => [node(`${z}1`, { zone: z }), node(`${z}2`, { zone: z })]);

  it('spreads a Deployment’s replicas across nodes and zones as they are added', () => {
    for (let replicas = 1; replicas <= 12; replicas++) {
      const { pods } = schedulePods(cluster({ nodes, deployments: [deployment('web', replicas)] }));
      const zones = Object.values(perZone(nodes, pods));
      const perNode = nodes.map((n) => pods.filter((p) => p.spec.nodeName === n.metadata.name).length);
      expect(Math.max(...zones, 0) - Math.min(...(zones.length === 3 ? zones : [0]))).toBeLessThanOrEqual(1);
      expect(Math.max(...perNode) - Math.min(...perNode)).toBeLessThanOrEqual(1);
    }
  });

  it('spreads replicas away from pods of the same owner, not from other apps', () => {
    // Four unrelated pods already sit on a1/a2; least-allocated alone would avoid zone a,
    // but the web replicas still use every zone.
    const { pods } = schedulePods(cluster({ nodes, deployments: [deployment('other', 4), deployment('web', 3)] }));
    const web = pods.filter((p) => p.owner?.name === 'web');
    expect(new Set(web.map((p) => zoneOf(nodes, p))).size).toBe(3);
  });

  it('keeps hostname spreading on nodes without a zone label', () => {
    const plain = [node('n1'), node('n2'), node('n3')];
    const { pods } = schedulePods(
      cluster({ nodes: plain, deployments: [deployment('web', 6)], services: [service('web', { app: 'web' })] }),
    );
    expect(plain.map((n) => pods.filter((p) => p.spec.nodeName === n.metadata.name).length)).toEqual([2, 2, 2]);
  });
});

describe('ScheduleAnyway constraints', () => {
  it('prefer the zone with fewer matching pods, even against least allocated', () => {
    // Zone a has two big empty nodes, zone b one small busy node: maxSkew 1 on zone still alternates zones.
    const nodes = [node('a1', { zone: 'a', cpu: 16000 }), node('a2', { zone: 'a', cpu: 16000 }), node('b1', { zone: 'b', cpu: 4000 })];
    const { pods } = schedulePods(cluster({ nodes, deployments: [deployment('web', 4, { spread: [zoneSpread(1, 'ScheduleAnyway')] })] }));
    expect(perZone(nodes, pods)).toEqual({ a: 2, b: 2 });
  });
});

describe('DoNotSchedule constraints', () => {
  it('keep the skew within maxSkew and leave the rest Pending', () => {
    const nodes = [
      node('a1', { zone: 'a' }),
      node('a2', { zone: 'a' }),
      node('b1', { zone: 'b', taints: [{ key: 'x', effect: 'NoSchedule' }] }),
    ];
    // NOTE (nodeTaintsPolicy: Ignore): the tainted b1 still makes zone b a domain with 0 pods,
    // so zone a may only hold maxSkew pods.
    const { pods, diagnostics } = schedulePods(
      cluster({ nodes, deployments: [deployment('web', 3, { spread: [zoneSpread(1, 'DoNotSchedule')] })], version: '1.33' }),
    );
    expect(pods.map((p) => p.status.phase)).toEqual(['Running', 'Pending', 'Pending']);
    expect(pods[1]!.pendingReason).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {x: }, 2 node(s) didn't match pod topology spread constraints. " +
        'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    const warning = diagnostics.find((d) => d.severity === 'warning')!;
    expect(warning.path).toBe('spec.template.spec.topologySpreadConstraints');
    expect(warning.message).toContain('Deployment default/web: 2 of 3 new replica(s) Pending (FailedScheduling)');
  });

  it('fail nodes that lack the topology key with "(missing required label)"', () => {
    const nodes = [node('a1', { zone: 'a' }), node('plain')];
    const { pods } = schedulePods(cluster({ nodes, deployments: [deployment('web', 3, { spread: [zoneSpread(5, 'DoNotSchedule')] })] }));
    expect(pods.map((p) => p.spec.nodeName)).toEqual(['a1', 'a1', 'a1']);
    const { pods: stuck } = schedulePods(
      cluster({ nodes: [node('plain')], deployments: [deployment('web', 1, { spread: [zoneSpread(5, 'DoNotSchedule')] })] }),
    );
    expect(stuck[0]!.pendingReason).toContain("1 node(s) didn't match pod topology spread constraints (missing required label)");
  });

  it('treat the global minimum as 0 while fewer domains than minDomains exist', () => {
    const nodes = [node('a1', { zone: 'a' }), node('b1', { zone: 'b' })];
    const spread = [zoneSpread(1, 'DoNotSchedule', { minDomains: 3 })];
    const { pods } = schedulePods(cluster({ nodes, deployments: [deployment('web', 3, { spread })] }));
    expect(pods.map((p) => p.status.phase)).toEqual(['Running', 'Running', 'Pending']);
    const { pods: without } = schedulePods(
      cluster({ nodes, deployments: [deployment('web', 3, { spread: [zoneSpread(1, 'DoNotSchedule')] })] }),
    );
    expect(without.every((p) => p.status.phase === 'Running')).toBe(true);
  });

  it('count matching pods of other owners too, and only on nodes the pod may use', () => {
    const nodes = [node('a1', { zone: 'a' }), node('b1', { zone: 'b' })];
    const hostSpread: TopologySpreadConstraint = {
      maxSkew: 1,
      topologyKey: HOSTNAME_LABEL,
      whenUnsatisfiable: 'DoNotSchedule',
      labelSelector: { matchLabels: { tier: 'web' }, matchExpressions: [] },
    };
    const { pods } = schedulePods(
      cluster({
        nodes,
        deployments: [
          deployment('blue', 2, { labels: { app: 'blue', tier: 'web' }, nodeSelector: { [ZONE_LABEL]: 'a' } }),
          deployment('green', 2, { labels: { app: 'green', tier: 'web' }, spread: [hostSpread] }),
        ],
      }),
    );
    // blue puts two tier=web pods on a1. For green, a1 would make skew 2 + 1 - 0 = 3, b1 makes 1;
    // then a1 would make 2 + 1 - 1 = 2 > 1 while b1 makes 1 + 1 - 1 = 1: both go to b1.
    expect(pods.filter((p) => p.owner?.name === 'green').map((p) => p.spec.nodeName)).toEqual(['b1', 'b1']);
  });
});
