import { describe, expect, it } from 'vitest';
import { reconcileEndpointSlices } from '../../../src/engine/endpointslice/reconcileEndpointSlices';
import { autoHintsReport } from '../../../src/engine/endpointslice/autoHintsReport';
import type { Pod } from '../../../src/engine/model';
import { defaultGates, type KubeVersion } from '../../../src/engine/version';
import { makeNode, makePod, makeService } from './fixtures';

// The seed demo (src/scenarios/seed-demo): mnode is the zone-less control plane, mnode-m02 is
// in zone-a, mnode-m03 in zone-b; echo pods on the two workers, the client on mnode-m02.
const nodes = [
  makeNode('mnode', { controlPlane: true, cpu: 2000 }),
  makeNode('mnode-m02', { zone: 'zone-a', cpu: 2000 }),
  makeNode('mnode-m03', { zone: 'zone-b', cpu: 2000 }),
];
const echo = (name: string, node: string, ip: string) =>
  makePod(name, { labels: { app: 'echo' }, node, ips: [ip], ports: [{ containerPort: 5678, protocol: 'TCP' }] });
const echoPods = [echo('echo-7d4b9c-a1', 'mnode-m02', '10.244.1.2'), echo('echo-7d4b9c-b2', 'mnode-m03', '10.244.2.2')];
const client = makePod('client', { labels: {}, node: 'mnode-m02', ips: ['10.244.1.3'] });

function run(
  version: KubeVersion,
  trafficDistribution: string | undefined,
  pods: Pod[] = echoPods,
  annotations: Record<string, string> = {},
) {
  const service = makeService('echo-svc', {
    selector: { app: 'echo' },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 5678 }],
    trafficDistribution,
    annotations,
  });
  const out = reconcileEndpointSlices({
    services: [service],
    pods: [...pods, client],
    nodes,
    userSlices: [],
    version,
    gates: defaultGates(version),
  });
  return { slices: out.slices.get('default/echo-svc')!, trace: out.hintsTrace.get('default/echo-svc')!.map((s) => s.message), out };
}
const hints = (r: ReturnType<typeof run>) => r.slices.flatMap((s) => s.endpoints.map((e) => e.hints));

describe('seed demo', () => {
  it('step 1: no trafficDistribution, no hints; the client is not an endpoint', () => {
    const r = run('1.34', undefined);
    expect(r.slices).toHaveLength(1);
    expect(r.slices[0]!.endpoints.map((e) => e.targetRef!.name)).toEqual(['echo-7d4b9c-a1', 'echo-7d4b9c-b2']);
    expect(r.slices[0]!.ports).toEqual([{ name: '', port: 5678, protocol: 'TCP' }]);
    expect(hints(r)).toEqual([undefined, undefined]);
  });

  it('step 2: PreferSameNode (1.34) gives each endpoint both a node and a zone hint', () => {
    const r = run('1.34', 'PreferSameNode');
    expect(hints(r)).toEqual([
      { forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'mnode-m02' }] },
      { forZones: [{ name: 'zone-b' }], forNodes: [{ name: 'mnode-m03' }] },
    ]);
    expect(r.trace).toContain('PreferSameNode: each Ready endpoint gets forNodes [its node] and forZones [its zone]');
  });

  it('step 3: PreferSameZone gives zone hints only', () => {
    expect(hints(run('1.34', 'PreferSameZone'))).toEqual([{ forZones: [{ name: 'zone-a' }] }, { forZones: [{ name: 'zone-b' }] }]);
  });

  it('step 4: one replica in zone-b keeps its zone hint', () => {
    expect(hints(run('1.34', 'PreferSameZone', [echoPods[1]!]))).toEqual([{ forZones: [{ name: 'zone-b' }] }]);
  });

  describe('an endpoint on the zone-less node mnode', () => {
    const pods = [echo('echo-cp', 'mnode', '10.244.0.5'), echoPods[0]!];

    it('1.32 PreferClose writes the dummy "" zone hint', () => {
      const r = run('1.32', 'PreferClose', pods);
      expect(hints(r)).toEqual([{ forZones: [{ name: '' }] }, { forZones: [{ name: 'zone-a' }] }]);
      expect(r.trace.join('\n')).toContain('endpoint echo-cp has no zone and gets the dummy zone hint ""');
    });

    for (const version of ['1.33', '1.34', '1.35', '1.36'] as const) {
      it(`${version} PreferClose writes no hint for it`, () => {
        const r = run(version, 'PreferClose', pods);
        expect(hints(r)).toEqual([undefined, { forZones: [{ name: 'zone-a' }] }]);
        expect(r.trace.join('\n')).toContain('endpoint echo-cp has no zone, so it gets no hints');
      });
    }

    it('1.34 PreferSameNode gives it a node hint only', () => {
      expect(hints(run('1.34', 'PreferSameNode', pods))).toEqual([
        { forNodes: [{ name: 'mnode' }] },
        { forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'mnode-m02' }] },
      ]);
    });

    it('topology-mode Auto: no zone on a Ready endpoint removes every hint', () => {
      const r = run('1.34', undefined, pods, { 'service.kubernetes.io/topology-mode': 'Auto' });
      expect(hints(r)).toEqual([undefined, undefined]);
      expect(r.out.diagnostics[0]!.message).toMatch(
        /^TopologyAwareHintsDisabled: One or more endpoints do not have a zone specified, removing hints/,
      );
    });
  });

  it('not Ready endpoints get no hints, and the trace says so', () => {
    const notReady = { ...echoPods[1]!, status: { ...echoPods[1]!.status, ready: false } };
    const r = run('1.34', 'PreferSameNode', [echoPods[0]!, notReady]);
    expect(hints(r)[1]).toBeUndefined();
    expect(r.trace).toContain('endpoint echo-7d4b9c-b2 is not Ready, so it gets no hints');
  });

  it('topology-mode Auto on the demo: the control plane is not counted, one endpoint per zone', () => {
    const r = run('1.34', 'PreferSameNode', echoPods, { 'service.kubernetes.io/topology-mode': 'Auto' });
    expect(hints(r)).toEqual([{ forZones: [{ name: 'zone-a' }] }, { forZones: [{ name: 'zone-b' }] }]);
    expect(r.trace[1]).toContain('takes precedence over trafficDistribution PreferSameNode');
    expect(r.trace).toContain('not counted: mnode (control-plane node)');
    const auto = autoHintsReport(nodes, r.slices, { gates: defaultGates('1.34'), userSlices: false });
    expect(auto.readyEndpoints).toBe(2);
    expect(auto.excludedNodes.map((n) => n.node)).toEqual(['mnode']);
    expect(auto.zones).toMatchObject([
      { zone: 'zone-a', cpuMilli: 2000, ratio: 0.5, desired: 1, minimum: 1, maximum: 1, endpoints: 1, hinted: 1 },
      { zone: 'zone-b', cpuMilli: 2000, ratio: 0.5, desired: 1, minimum: 1, maximum: 1, endpoints: 1, hinted: 1 },
    ]);
  });

  it('the Auto report explains when no allocation is possible', () => {
    const r = run('1.34', undefined, [echoPods[0]!]);
    const auto = autoHintsReport(nodes, r.slices, { gates: defaultGates('1.34'), userSlices: false });
    expect(auto.removedBecause).toContain('Insufficient number of endpoints (1 endpoints, 2 zones)');
    expect(auto.zones.every((z) => z.hinted === 0)).toBe(true);
    const oneZone = autoHintsReport([nodes[1]!], r.slices, { gates: defaultGates('1.34'), userSlices: false });
    expect(oneZone.removedBecause).toContain('Insufficient Node information');
  });
});
