import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcileEndpointSlices } from '../../../src/engine/endpointslice/reconcileEndpointSlices';
import { minorOf, SUPPORTED_VERSIONS, defaultGates, type FeatureGates, type KubeVersion } from '../../../src/engine/version';
import { makeNode, makePod, makeService } from './fixtures';

const HINTS = 'service.kubernetes.io/topology-aware-hints';
const MODE = 'service.kubernetes.io/topology-mode';
const ZONES = [undefined, 'zone-a', 'zone-b', 'zone-c'];

const nodeArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  cpu: fc.constantFrom(0, 500, 1000, 4000),
  ready: fc.boolean(),
  controlPlane: fc.boolean(),
});
const podArb = fc.record({
  node: fc.nat(7),
  ready: fc.boolean(),
  terminating: fc.boolean(),
  phase: fc.constantFrom('Running', 'Running', 'Pending', 'Succeeded', 'Failed'),
  hasIP: fc.boolean(),
  v6: fc.boolean(),
});
const serviceArb = fc.record({
  trafficDistribution: fc.constantFrom(undefined, 'PreferClose', 'PreferSameZone', 'PreferSameNode', 'Bogus', ''),
  annotations: fc.constantFrom(
    {},
    { [MODE]: 'Auto' },
    { [MODE]: 'auto' },
    { [MODE]: 'Disabled' },
    { [HINTS]: 'Auto' },
    { [HINTS]: '', [MODE]: 'Auto' },
  ),
  publishNotReadyAddresses: fc.boolean(),
});
const gateArb = fc.record(
  { TopologyAwareHints: fc.boolean(), ServiceTrafficDistribution: fc.boolean(), PreferSameTrafficDistribution: fc.boolean() },
  { requiredKeys: [] },
);

/** The hint rule, written independently of the code under test from reconciler.go. */
function expectedRule(
  svc: { trafficDistribution?: string; annotations: Record<string, string> },
  version: KubeVersion,
  gates: FeatureGates,
) {
  const value = HINTS in svc.annotations ? svc.annotations[HINTS] : svc.annotations[MODE];
  const auto = value === 'Auto' || value === 'auto';
  if (auto) return gates.TopologyAwareHints ? 'auto' : 'none';
  const td = svc.trafficDistribution;
  const legacy = minorOf(version) <= 32;
  if (legacy && gates.ServiceTrafficDistribution && td === 'PreferClose') return 'legacy-close';
  if (!legacy && td === 'PreferClose') return 'close';
  if (!legacy && gates.PreferSameTrafficDistribution && td === 'PreferSameZone') return 'close';
  if (!legacy && gates.PreferSameTrafficDistribution && td === 'PreferSameNode') return 'node';
  return 'none';
}

describe('reconcileEndpointSlices properties', () => {
  it('never throws; every Ready endpoint has hints of the expected shape or none; slices hold ≤ 100 endpoints', () => {
    fc.assert(
      fc.property(
        fc.array(nodeArb, { minLength: 0, maxLength: 6 }),
        fc.array(podArb, { maxLength: 24 }),
        serviceArb,
        fc.constantFrom(...SUPPORTED_VERSIONS),
        gateArb,
        (nodeSpecs, podSpecs, svcSpec, version, gateOverrides) => {
          const nodes = nodeSpecs.map((n, i) => makeNode(`node-${i}`, n));
          const pods = podSpecs.map((p, i) =>
            makePod(`pod-${i}`, {
              node: `node-${p.node}`,
              ready: p.ready,
              terminating: p.terminating,
              phase: p.phase as 'Running',
              ips: p.hasIP ? [p.v6 ? `fd00::${i + 1}` : `10.0.0.${i + 1}`] : [],
            }),
          );
          const gates = { ...defaultGates(version), ...gateOverrides };
          const service = makeService('web', svcSpec);
          const out = reconcileEndpointSlices({ services: [service], pods, nodes, userSlices: [], version, gates });
          const rule = expectedRule(svcSpec, version, gates);
          const slices = out.slices.get('default/web')!;
          expect(slices.length).toBeGreaterThan(0);
          const zonesSeen = new Set(slices.flatMap((s) => s.endpoints.map((e) => e.zone)));
          for (const slice of slices) {
            expect(slice.endpoints.length).toBeLessThanOrEqual(100);
            for (const e of slice.endpoints) {
              expect(e.addresses.length).toBeGreaterThan(0);
              expect(e.conditions.ready).toBe(svcSpec.publishNotReadyAddresses || (e.conditions.serving! && !e.conditions.terminating));
              if (!e.conditions.ready || rule === 'none') {
                expect(e.hints).toBeUndefined();
                continue;
              }
              if (e.hints === undefined) {
                // Allowed only where the rule writes nothing for this endpoint.
                expect(rule === 'auto' || (rule === 'close' && !e.zone) || (rule === 'node' && !e.zone && !e.nodeName)).toBe(true);
                continue;
              }
              const zonesHinted = e.hints.forZones?.map((z) => z.name);
              const nodesHinted = e.hints.forNodes?.map((n) => n.name);
              if (rule === 'legacy-close') expect(e.hints).toEqual({ forZones: [{ name: e.zone ?? '' }] });
              if (rule === 'close') expect(e.hints).toEqual({ forZones: [{ name: e.zone }] });
              if (rule === 'node') {
                expect(zonesHinted).toEqual(e.zone ? [e.zone] : undefined);
                expect(nodesHinted).toEqual([e.nodeName]);
              }
              if (rule === 'auto') {
                expect(nodesHinted).toBeUndefined();
                expect(zonesHinted).toHaveLength(1);
                expect(zonesSeen.has(zonesHinted![0]) || nodes.some((n) => n.zone === zonesHinted![0])).toBe(true);
              }
            }
          }
          // Auto hints are all-or-nothing across the Ready endpoints of an address type.
          if (rule === 'auto') {
            for (const type of ['IPv4', 'IPv6']) {
              const ready = slices.filter((s) => s.addressType === type).flatMap((s) => s.endpoints.filter((e) => e.conditions.ready));
              const hinted = ready.filter((e) => e.hints).length;
              expect(hinted === 0 || hinted === ready.length).toBe(true);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
