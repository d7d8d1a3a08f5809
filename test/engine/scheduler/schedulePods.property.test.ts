import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ZONE_LABEL,
  type Deployment,
  type Labels,
  type Node,
  type Pod,
  type Taint,
  type Toleration,
  type TopologySpreadConstraint,
} from '../../../src/engine/model';
import { ClusterSnapshot } from '../../../src/engine/scheduler/clusterSnapshot';
import { placePods } from '../../../src/engine/scheduler/placePods';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { runStaticFilters } from '../../../src/engine/scheduler/staticFilters';
import { cluster, deployment, node, pod, service } from './fixtures';

const TAINTS: Taint[] = [
  { key: 'x', effect: 'NoSchedule' },
  { key: 'y', value: '1', effect: 'NoExecute' },
  { key: 'z', effect: 'PreferNoSchedule' },
];
const TOLERATIONS: Toleration[] = [
  { key: 'x', operator: 'Exists' },
  { key: 'y', operator: 'Equal', value: '1', effect: 'NoExecute' },
  { operator: 'Exists' },
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const SELECTORS: Labels[] = [{}, { disk: 'ssd' }, { [ZONE_LABEL]: 'a' }];

const arbNode = (i: number) =>
  fc
    .record({
      zone: fc.constantFrom('a', 'b', undefined),
      disk: fc.constantFrom('ssd', 'hdd', undefined),
      taints: fc.subarray(TAINTS),
      ready: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      unschedulable: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      cpu: fc.constantFrom(2000, 4000, 8000),
    })
    .map((o) =>
      node(`n${i}`, {
        ...(o.zone ? { zone: o.zone } : {}),
        labels: o.disk ? { disk: o.disk } : {},
        taints: o.taints,
        ready: o.ready,
        unschedulable: o.unschedulable,
        cpu: o.cpu,
      }),
    );

const arbSpread: fc.Arbitrary<TopologySpreadConstraint | undefined> = fc.option(
  fc.record({
    maxSkew: fc.integer({ min: 1, max: 2 }),
    topologyKey: fc.constantFrom(ZONE_LABEL, 'kubernetes.io/hostname'),
    whenUnsatisfiable: fc.constantFrom('DoNotSchedule' as const, 'ScheduleAnyway' as const),
    labelSelector: fc.constant({ matchLabels: { app: 'web' }, matchExpressions: [] }),
  }),
  { nil: undefined },
);

const arbTemplate = fc.record({
  app: fc.constantFrom('web', 'db'),
  nodeSelector: fc.constantFrom(...SELECTORS),
  tolerations: fc.subarray(TOLERATIONS, { maxLength: 2 }),
  spread: arbSpread,
});

const arbCluster = fc.integer({ min: 0, max: 6 }).chain((nodeCount) =>
  fc.record({
    nodes: fc.tuple(...Array.from({ length: nodeCount }, (_, i) => arbNode(i))),
    bare: fc.array(arbTemplate, { maxLength: 5 }),
    bound: fc.array(fc.record({ node: fc.integer({ min: 0, max: 7 }), ip: fc.boolean(), app: fc.constantFrom('web', 'db') }), {
      maxLength: 10,
    }),
    deployments: fc.array(fc.record({ template: arbTemplate, replicas: fc.integer({ min: 0, max: 8 }) }), { maxLength: 3 }),
    service: fc.boolean(),
  }),
);

function build(input: typeof arbCluster extends fc.Arbitrary<infer T> ? T : never) {
  const spreadOf = (s: TopologySpreadConstraint | undefined) => (s ? [s] : []);
  const pods: Pod[] = [
    // Bound pods, some with IPs inside the pod CIDRs the scheduler hands out.
    ...input.bound.map((b, k) =>
      pod(`bound-${k}`, { nodeName: `n${b.node}`, labels: { app: b.app }, podIPs: b.ip ? [`10.244.${b.node}.${k + 2}`] : [], line: k + 1 }),
    ),
    ...input.bare.map((t, k) =>
      pod(`bare-${k}`, {
        labels: { app: t.app },
        nodeSelector: t.nodeSelector,
        tolerations: t.tolerations,
        spread: spreadOf(t.spread),
        line: 100 + k,
      }),
    ),
  ];
  const deployments: Deployment[] = input.deployments.map((d, k) =>
    deployment(`dep${k}`, d.replicas, {
      labels: { app: d.template.app, dep: `${k}` },
      nodeSelector: d.template.nodeSelector,
      tolerations: d.template.tolerations,
      spread: spreadOf(d.template.spread),
      file: 'pods.yaml',
      line: 50 + k,
    }),
  );
  return cluster({ nodes: input.nodes, pods, deployments, services: input.service ? [service('web', { app: 'web' })] : [] });
}

/** The filters, written out independently of the engine. */
function fits(p: Pod, n: Node): boolean {
  const tolerates = (t: Taint) =>
    p.spec.tolerations.some(
      (tol) =>
        (!tol.effect || tol.effect === t.effect) &&
        (!tol.key || tol.key === t.key) &&
        (tol.operator === 'Exists' || (tol.value ?? '') === (t.value ?? '')),
    );
  if (n.unschedulable && !tolerates({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) return false;
  const taints = n.ready ? n.taints : [...n.taints, { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' as const }];
  if (taints.some((t) => t.effect !== 'PreferNoSchedule' && !tolerates(t))) return false;
  return Object.entries(p.spec.nodeSelector).every(([k, v]) => n.metadata.labels[k] === v);
}

describe('schedulePods properties', () => {
  it('places every pod it schedules on a node that passes all its filters; Pending pods say why', () => {
    fc.assert(
      fc.property(arbCluster, (input) => {
        const c = build(input);
        const { pods } = schedulePods(c);
        const nodes = new Map(c.nodes.map((n) => [n.metadata.name, n]));
        const scheduled = pods.filter((p) => p.owner || p.metadata.name.startsWith('bare-'));
        for (const p of scheduled) {
          if (p.spec.nodeName) {
            expect(fits(p, nodes.get(p.spec.nodeName)!)).toBe(true);
            expect(p.status.phase).toBe('Running');
          } else {
            expect(p.pendingReason).toMatch(/^(0\/\d+ nodes are available: |no nodes available)/);
            expect(p.status.podIPs).toEqual([]);
            expect(p.status.ready).toBe(false);
          }
        }
        const replicas = c.deployments.reduce((sum, d) => sum + d.replicas, 0);
        expect(pods.filter((p) => p.owner)).toHaveLength(replicas);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives two pods the same IP, nor the same name', () => {
    fc.assert(
      fc.property(arbCluster, (input) => {
        const { pods } = schedulePods(build(input));
        const ips = pods.flatMap((p) => p.status.podIPs);
        expect(new Set(ips).size).toBe(ips.length);
        const names = pods.map((p) => `${p.metadata.namespace}/${p.metadata.name}`);
        expect(new Set(names).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbCluster, (input) => {
        expect(JSON.stringify(schedulePods(build(input)))).toBe(JSON.stringify(schedulePods(build(input))));
      }),
      { numRuns: 100 },
    );
  });

  it('picks the same nodes whether it scans every node or compares groups of alike nodes', () => {
    fc.assert(
      fc.property(arbCluster, arbTemplate, fc.integer({ min: 1, max: 12 }), (input, t, count) => {
        const c = build(input);
        const run = (strategy: 'scan' | 'classes') => {
          const snapshot = new ClusterSnapshot(c.nodes);
          for (const p of c.pods) {
            const i = p.spec.nodeName ? snapshot.nodeIndex.get(p.spec.nodeName) : undefined;
            if (i !== undefined) snapshot.add(p, i);
          }
          const template = deployment('probe', count, {
            labels: { app: t.app },
            nodeSelector: t.nodeSelector,
            tolerations: t.tolerations,
            spread: t.spread ? [t.spread] : [],
          }).template;
          const labels = { app: t.app, 'pod-template-hash': 'h' };
          const result = placePods(
            snapshot,
            {
              namespace: 'default',
              labels,
              constraints: template.topologySpreadConstraints,
              defaultSpread: { selector: { matchLabels: labels, matchExpressions: [] }, byOwner: true },
              template,
              placed: { metadata: { namespace: 'default', labels } },
              count,
            },
            runStaticFilters(snapshot, template, '1.34'),
            '1.34',
            strategy,
          );
          return { nodes: [...result.nodes], reason: result.pending?.reason };
        };
        expect(run('classes')).toEqual(run('scan'));
      }),
      { numRuns: 1000 },
    );
  });
});
