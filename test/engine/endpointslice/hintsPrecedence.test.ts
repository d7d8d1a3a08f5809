import { describe, expect, it } from 'vitest';
import { chooseHintsRule, validTrafficDistribution } from '../../../src/engine/endpointslice/hintsPrecedence';
import { reconcileEndpointSlices } from '../../../src/engine/endpointslice/reconcileEndpointSlices';
import type { EndpointSlice } from '../../../src/engine/model';
import { defaultGates, type FeatureGates, type KubeVersion } from '../../../src/engine/version';
import { makeNode, makePod, makeService, type ServiceOptions } from './fixtures';

const HINTS = 'service.kubernetes.io/topology-aware-hints';
const MODE = 'service.kubernetes.io/topology-mode';

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
const endpointsOf = (slices: EndpointSlice[]) => slices.flatMap((s) => s.endpoints);
const zoneHint = (e: EndpointSlice['endpoints'][number]) => (e.hints?.forZones?.length === 1 ? e.hints.forZones[0]!.name : '');

describe('validTrafficDistribution', () => {
  const cases: [string | undefined, KubeVersion, Partial<FeatureGates>, boolean][] = [
    [undefined, '1.34', {}, false],
    ['PreferClose', '1.30', {}, false], // STD alpha, off
    ['PreferClose', '1.30', { ServiceTrafficDistribution: true }, true],
    ['PreferClose', '1.31', {}, true],
    ['PreferSameZone', '1.32', {}, false],
    ['PreferClose', '1.33', {}, true],
    ['PreferSameNode', '1.33', {}, false], // PreferSameTrafficDistribution alpha, off
    ['PreferSameNode', '1.33', { PreferSameTrafficDistribution: true }, true],
    ['PreferSameZone', '1.34', {}, true],
    ['PreferSameNode', '1.36', {}, true],
    ['Bogus', '1.36', {}, false],
  ];
  for (const [value, version, gates, expected] of cases) {
    it(`${value ?? 'unset'} in ${version}${Object.keys(gates).length ? ' ' + JSON.stringify(gates) : ''}`, () => {
      expect(validTrafficDistribution(value, version, { ...defaultGates(version), ...gates })).toBe(expected);
    });
  }
});

describe('chooseHintsRule', () => {
  const choose = (opts: ServiceOptions, topologyCache = true, version: KubeVersion = '1.34') =>
    chooseHintsRule(makeService('s', opts), { topologyCache, version, gates: defaultGates(version) });

  it('topology-mode Auto takes precedence over trafficDistribution', () => {
    const { rule, trace } = choose({ annotations: { [MODE]: 'Auto' }, trafficDistribution: 'PreferClose' });
    expect(rule.kind).toBe('topology-cache');
    expect(trace[0]!.message).toContain(
      'takes precedence over trafficDistribution PreferClose, which is ignored even if every hint ends up removed',
    );
  });

  it('an annotation other than Auto/auto leaves trafficDistribution in charge', () => {
    expect(choose({ annotations: { [MODE]: 'AUTO' }, trafficDistribution: 'PreferClose' }).rule).toEqual({
      kind: 'trafficdist',
      trafficDistribution: 'PreferClose',
    });
    expect(choose({ annotations: { [HINTS]: 'Disabled', [MODE]: 'Auto' }, trafficDistribution: 'PreferClose' }).rule.kind).toBe(
      'trafficdist',
    );
  });

  it('Auto without a topology cache blocks trafficDistribution too (reconciler.go canUseTrafficDistribution)', () => {
    const { rule, trace } = choose({ annotations: { [MODE]: 'auto' }, trafficDistribution: 'PreferClose' }, false, '1.32');
    expect(rule.kind).toBe('none');
    expect(trace[0]!.message).toContain('TopologyAwareHints feature gate is off');
  });

  it('explains an unusable trafficDistribution', () => {
    const { rule, trace } = choose({ trafficDistribution: 'PreferSameNode' }, true, '1.33');
    expect(rule.kind).toBe('none');
    expect(trace[0]!.message).toBe(
      'trafficDistribution PreferSameNode is not used: the PreferSameTrafficDistribution feature gate is off in 1.33',
    );
  });
});

// Ported from k8s.io/endpointslice reconciler_test.go TestReconcile_TrafficDistribution:
// node-0 in zone-a has pod-0, node-1 in zone-b pods 1–3, node-2 in zone-c pods 4–5.
describe('reconciler: trafficDistribution and the topology annotation', () => {
  const nodes = [0, 1, 2].map((i) => makeNode(`node-${i}`, { zone: `zone-${'abc'[i]}`, cpu: 100 }));
  const placement = [0, 1, 1, 1, 2, 2];
  const pods = placement.map((n, i) => makePod(`pod-${i}`, { node: `node-${n}`, ips: [`10.0.0.${i + 1}`] }));
  const run = (opts: ServiceOptions, version: KubeVersion, gates: Partial<FeatureGates> = {}) => {
    const service = makeService('foo', { ...opts, ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }] });
    return reconcileEndpointSlices({
      services: [service],
      pods,
      nodes,
      userSlices: [],
      version,
      gates: { ...defaultGates(version), ...gates },
    });
  };

  it('trafficDistribution=PreferClose, topologyAnnotation=Disabled', () => {
    const out = run({ trafficDistribution: 'PreferClose', annotations: { [HINTS]: 'Disabled' } }, '1.33');
    expect(countBy(endpointsOf(out.slices.get('default/foo')!), zoneHint)).toEqual({ 'zone-a': 1, 'zone-b': 3, 'zone-c': 2 });
  });

  it('trafficDistribution=PreferClose, topologyAnnotation=Auto', () => {
    const out = run({ trafficDistribution: 'PreferClose', annotations: { [HINTS]: 'Auto' } }, '1.33');
    const endpoints = endpointsOf(out.slices.get('default/foo')!);
    expect(countBy(endpoints, zoneHint)).toEqual({ 'zone-a': 2, 'zone-b': 2, 'zone-c': 2 });
    const crossZone = endpoints.filter((e) => zoneHint(e) !== e.zone);
    // Upstream: "pod-3 is just an example, it could have also been either of the other two";
    // here the first zone-b endpoint in slice order is donated.
    expect(crossZone.map((e) => e.targetRef!.name)).toEqual(['pod-1']);
  });

  it('trafficDistribution=nil, topologyAnnotation=<empty>', () => {
    const out = run({ annotations: { [HINTS]: '' } }, '1.33');
    expect(countBy(endpointsOf(out.slices.get('default/foo')!), zoneHint)).toEqual({ '': 6 });
  });

  it('trafficDistribution=PreferSameNode, PSTD enabled', () => {
    const out = run({ trafficDistribution: 'PreferSameNode', annotations: { [HINTS]: 'Disabled' } }, '1.33', {
      PreferSameTrafficDistribution: true,
    });
    const endpoints = endpointsOf(out.slices.get('default/foo')!);
    expect(countBy(endpoints, zoneHint)).toEqual({ 'zone-a': 1, 'zone-b': 3, 'zone-c': 2 });
    expect(countBy(endpoints, (e) => e.hints!.forNodes![0]!.name)).toEqual({ 'node-0': 1, 'node-1': 3, 'node-2': 2 });
  });

  it('trafficDistribution=PreferSameZone, PSTD disabled', () => {
    const out = run({ trafficDistribution: 'PreferSameZone', annotations: { [HINTS]: 'Disabled' } }, '1.33');
    expect(countBy(endpointsOf(out.slices.get('default/foo')!), zoneHint)).toEqual({ '': 6 });
  });

  it('Auto that removes all hints does not fall back to trafficDistribution, and warns at the annotation', () => {
    const two = reconcileEndpointSlices({
      services: [makeService('foo', { trafficDistribution: 'PreferClose', annotations: { [MODE]: 'Auto' } })],
      pods: pods.slice(0, 2),
      nodes,
      userSlices: [],
      version: '1.34',
      gates: defaultGates('1.34'),
    });
    expect(countBy(endpointsOf(two.slices.get('default/foo')!), zoneHint)).toEqual({ '': 2 });
    expect(two.diagnostics).toHaveLength(1);
    expect(two.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: 'TopologyAwareHintsDisabled: Insufficient number of endpoints (2 endpoints, 3 zones), removing hints',
      path: `metadata.annotations.${MODE}`,
      object: 'Service default/foo',
    });
  });

  it('1.30 with default gates ignores PreferClose (ServiceTrafficDistribution is alpha, off)', () => {
    const out = run({ trafficDistribution: 'PreferClose' }, '1.30');
    expect(countBy(endpointsOf(out.slices.get('default/foo')!), zoneHint)).toEqual({ '': 6 });
    expect(out.hintsTrace.get('default/foo')!.map((s) => s.message)).toContain(
      'trafficDistribution PreferClose is not used: the ServiceTrafficDistribution feature gate is off in 1.30',
    );
  });
});

// Ported from k8s.io/endpointslice reconciler_test.go TestReconcileTopology: 3 zones with 10
// nodes of 100m CPU each, pod j of zone i on node j of that zone.
describe('reconciler: topology annotation Auto', () => {
  const zones = ['zone-a', 'zone-b', 'zone-c'];
  const nodes = zones.flatMap((zone) => Array.from({ length: 10 }, (_, j) => makeNode(`node-${zone}-${j}`, { zone, cpu: 100 })));
  const pods = nodes.map((node, k) => makePod(`pod-${k}`, { node: node.metadata.name, ips: [`10.1.${Math.floor(k / 10)}.${k % 10}`] }));
  const pick = (...indexes: number[]) => indexes.map((i) => pods[i]!);
  const run = (selected: ReturnType<typeof pick>, annotation: string, version: KubeVersion = '1.34', gates: Partial<FeatureGates> = {}) =>
    reconcileEndpointSlices({
      services: [makeService('foo', { annotations: { [HINTS]: annotation } })],
      pods: selected,
      nodes,
      userSlices: [],
      version,
      gates: { ...defaultGates(version), ...gates },
    });
  const summary = (out: ReturnType<typeof run>) => {
    const endpoints = endpointsOf(out.slices.get('default/foo')!);
    return { hints: countBy(endpoints, zoneHint), crossZone: endpoints.filter((e) => zoneHint(e) && zoneHint(e) !== e.zone).length };
  };

  it('no change, topologyCache disabled, annotation == auto', () => {
    expect(summary(run(pick(27, 28, 29), 'auto', '1.32', { TopologyAwareHints: false }))).toEqual({ hints: { '': 3 }, crossZone: 0 });
  });

  it('enabling topologyCache, hintsAnnotation == auto', () => {
    expect(summary(run(pick(27, 28, 29), 'auto'))).toEqual({ hints: { 'zone-a': 1, 'zone-b': 1, 'zone-c': 1 }, crossZone: 2 });
  });

  it('topology enabled, hintsAnnotation==auto, ratio beyond threshold', () => {
    const out = run(pick(5, 6, 25, 26), 'auto');
    expect(summary(out)).toEqual({ hints: { '': 4 }, crossZone: 0 });
    expect(out.diagnostics[0]!.message).toBe(
      'TopologyAwareHintsDisabled: Unable to allocate minimum required endpoints to each zone without exceeding overload threshold (4 endpoints, 3 zones), removing hints',
    );
  });

  it('topology enabled, hintsAnnotation==Auto, more slices and endpoints', () => {
    const out = run(pick(5, 6, 25, 26, 7, 8, 16, 17, 18), 'Auto');
    expect(summary(out)).toEqual({ hints: { 'zone-a': 3, 'zone-b': 3, 'zone-c': 3 }, crossZone: 1 });
    const trace = out.hintsTrace.get('default/foo')!.map((s) => s.message);
    expect(trace).toContain(
      '9 Ready endpoints (overload threshold 20%): zone-a desired 3, minimum 3, maximum 3; zone-b desired 3, minimum 3, maximum 3; zone-c desired 3, minimum 3, maximum 3',
    );
  });

  it('topology enabled, hintsAnnotation==disabled, more slices and endpoints', () => {
    expect(summary(run(pick(5, 6, 25, 26, 7, 8, 16, 17, 18), 'disabled'))).toEqual({ hints: { '': 9 }, crossZone: 0 });
  });

  it('insufficient node info: warning names the node', () => {
    const out = reconcileEndpointSlices({
      services: [makeService('foo', { annotations: { [MODE]: 'Auto' } })],
      pods: pick(0, 10, 20),
      nodes: [...nodes, makeNode('zoneless')],
      userSlices: [],
      version: '1.36',
      gates: defaultGates('1.36'),
    });
    expect(out.diagnostics[0]!.message).toBe(
      'TopologyAwareHintsDisabled: Insufficient Node information: allocatable CPU or zone not specified on one or more nodes, removing hints (node zoneless has no topology.kubernetes.io/zone label)',
    );
  });
});
