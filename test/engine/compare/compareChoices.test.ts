/**
 * The policy comparison's figures, against expectations computed by hand from the upstream rules
 * (kube-proxy's CategorizeEndpoints, the EndpointSlice controller's hints), on the seed demo and
 * on a 3-zone cluster with uneven endpoints.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareChoices, type ChoiceColumn, type CompareOptions, type PolicyComparison } from '../../../src/engine';
import { THREE_ZONES } from './threeZones';

const seedDir = fileURLToPath(new URL('../../../src/scenarios/seed-demo/', import.meta.url));
const SEED_DEMO = ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((name) => ({
  name,
  text: readFileSync(seedDir + name, 'utf8'),
}));

function compare(files: typeof SEED_DEMO, options: CompareOptions = {}, version?: '1.32' | '1.34'): PolicyComparison {
  const result = compareChoices(files, version ? { kubernetesVersion: version } : {}, options);
  if ('problem' in result) throw new Error(result.problem);
  return result.comparison;
}

function column(comparison: PolicyComparison, label: string): ChoiceColumn {
  const found = comparison.columns.find((c) => c.choice.label === label);
  if (!found) throw new Error(`no column ${label}: ${comparison.columns.map((c) => c.choice.label).join(', ')}`);
  return found;
}

const shares = (sameNode: number, sameZone: number, crossZone: number, dropped = 0) => ({
  sameNode: expect.closeTo(sameNode, 9),
  sameZone: expect.closeTo(sameZone, 9),
  crossZone: expect.closeTo(crossZone, 9),
  unknownZone: 0,
  dropped: expect.closeTo(dropped, 9),
  rejected: 0,
});

describe('compareChoices on the seed demo (client on mnode-m02 in zone-a, one echo pod per zone)', () => {
  const comparison = compare(SEED_DEMO);

  it('offers every choice v1.36 allows, the written spec (nothing set) marked', () => {
    expect(comparison.service).toBe('default/echo-svc');
    expect(comparison.port).toBe(80);
    expect(comparison.clients).toEqual(['default/client']);
    expect(comparison.columns.map((c) => [c.choice.label, c.choice.current])).toEqual([
      ['unset', true],
      ['PreferSameZone', false],
      ['PreferSameNode', false],
      ['topology-mode: Auto', false],
      ['internalTrafficPolicy: Local', false],
    ]);
    expect(comparison.unavailable).toEqual([]);
  });

  it('unset: half on the same node, half across zones, an even split', () => {
    const unset = column(comparison, 'unset');
    expect(unset.figures.overall).toEqual(shares(0.5, 0, 0.5));
    expect(unset.figures.load.overloadFactor).toBeCloseTo(1, 9);
    expect(unset.figures.load.idle).toEqual([]);
    // 1 client × 100 req/s × 730 h × 3600 s × 0.5 × 11 kB = 1445.4 GB, × 0.02 USD.
    expect(unset.estimate.crossZoneGbPerMonth).toBeCloseTo(1445.4, 6);
    expect(unset.estimate.costPerMonth).toBeCloseTo(28.908, 6);
    expect(unset.estimate.meanLatencyMs).toBeCloseTo(0.5 * 0.05 + 0.5 * 1, 9);
  });

  it('every preference keeps the client on its node: twice the even split, the zone-b pod idle', () => {
    for (const label of ['PreferSameZone', 'PreferSameNode', 'topology-mode: Auto', 'internalTrafficPolicy: Local']) {
      const col = column(comparison, label);
      expect(col.figures.overall, label).toEqual(shares(1, 0, 0));
      expect(col.figures.load.overloadFactor, label).toBeCloseTo(2, 9);
      expect(col.figures.load.busiest?.node, label).toBe('mnode-m02');
      expect(col.figures.load.idle, label).toHaveLength(1);
      expect(col.estimate.costPerMonth, label).toBe(0);
    }
  });

  it('the local pod deleted: the preferences fall back across zones, Local keeps the Terminating local pod', () => {
    const failed = compare(SEED_DEMO, { failure: { kind: 'local-pod' } });
    expect(failed.failure?.label).toMatch(
      /^kubectl delete pod echo-[a-z0-9]+-[a-z0-9]+ \(the endpoint on default\/client's node mnode-m02\)$/,
    );
    for (const label of ['unset', 'PreferSameZone', 'PreferSameNode', 'topology-mode: Auto']) {
      expect(column(failed, label).underFailure?.figures.overall, label).toEqual(shares(0, 0, 1));
    }
    // The local endpoint is serving and terminating: kube-proxy's fallback for Local uses it.
    const local = column(failed, 'internalTrafficPolicy: Local').underFailure!;
    expect(local.figures.overall).toEqual(shares(1, 0, 0));
    expect(local.figures.dropped).toEqual([]);
  });

  it("zone-a's outage takes the only client offline", () => {
    const failed = compare(SEED_DEMO, { failure: { kind: 'zone', zone: 'zone-a' } });
    const unset = column(failed, 'unset').underFailure!;
    expect(unset.figures.offline).toEqual(['default/client']);
    expect(unset.figures.clients).toEqual([]);
    expect(unset.estimate.costPerMonth).toBe(0);
  });

  it('v1.32 allows PreferClose only: PreferSameZone and PreferSameNode are said to be unavailable', () => {
    const old = compare(SEED_DEMO, {}, '1.32');
    expect(old.columns.map((c) => c.choice.label)).toEqual(['unset', 'PreferClose', 'topology-mode: Auto', 'internalTrafficPolicy: Local']);
    expect(old.unavailable.map((u) => u.label)).toEqual(['PreferSameZone', 'PreferSameNode']);
  });

  it('a spec that is none of the choices gets its own column, marked', () => {
    const files = SEED_DEMO.map((f) =>
      f.name === 'echo-service.yaml'
        ? { ...f, text: f.text.replace('spec:\n', 'spec:\n  internalTrafficPolicy: Local\n  trafficDistribution: PreferSameNode\n') }
        : f,
    );
    const cmp = compare(files);
    const current = cmp.columns.filter((c) => c.choice.current);
    expect(current.map((c) => [c.choice.id, c.choice.yaml])).toEqual([
      ['current', 'trafficDistribution: PreferSameNode, internalTrafficPolicy: Local'],
    ]);
  });
});

describe('compareChoices on 3 zones with uneven endpoints (web: 3 in zone-a, 1 in zone-b, 0 in zone-c)', () => {
  const comparison = compare(THREE_ZONES);

  it('unset: every client spreads over the 4 endpoints', () => {
    const col = column(comparison, 'unset');
    // client-a: a3 same node, a1+a2 same zone, b1 across; client-b: b1 only local; client-c: all across.
    expect(col.figures.clients.map((c) => c.shares)).toEqual([shares(0.25, 0.5, 0.25), shares(0.25, 0, 0.75), shares(0, 0, 1)]);
    expect(col.figures.overall).toEqual(shares(1 / 6, 1 / 6, 2 / 3));
    expect(col.figures.load.overloadFactor).toBeCloseTo(1, 9);
    // 3 clients × 100 × 2,628,000 s × 2/3 × 11 kB = 5781.6 GB.
    expect(col.estimate.crossZoneGbPerMonth).toBeCloseTo(5781.6, 6);
    expect(col.estimate.costPerMonth).toBeCloseTo(115.632, 6);
    expect(col.estimate.meanLatencyMs).toBeCloseTo((1 / 6) * 0.05 + (1 / 6) * 0.25 + (2 / 3) * 1, 9);
  });

  it('PreferSameZone: zone-c has no endpoint, so its client uses all; the lone zone-b pod takes 5/12', () => {
    const col = column(comparison, 'PreferSameZone');
    expect(col.figures.clients.map((c) => c.shares)).toEqual([shares(1 / 3, 2 / 3, 0), shares(1, 0, 0), shares(0, 0, 1)]);
    expect(col.figures.overall).toEqual(shares(4 / 9, 2 / 9, 1 / 3));
    // web-b1: (0 + 1 + 1/4) / 3 = 5/12 against an even 1/4; each zone-a pod (1/3 + 0 + 1/4) / 3 = 7/36.
    expect(col.figures.load.busiest?.pod).toBe('default/web-b1');
    expect(col.figures.load.busiest?.share).toBeCloseTo(5 / 12, 9);
    expect(col.figures.load.overloadFactor).toBeCloseTo(5 / 3, 9);
    expect(col.figures.load.endpoints.find((e) => e.pod === 'default/web-a1')?.share).toBeCloseTo(7 / 36, 9);
    expect(col.estimate.crossZoneGbPerMonth).toBeCloseTo(2890.8, 6);
  });

  it('PreferSameNode: client-a only reaches web-a3 on its node; web-a3 and web-b1 tie at 5/12', () => {
    const col = column(comparison, 'PreferSameNode');
    expect(col.figures.overall).toEqual(shares(2 / 3, 0, 1 / 3));
    expect(col.figures.clients[0]!.endpoints).toEqual([{ pod: 'default/web-a3', node: 'n-a2', weight: 1, locality: 'same-node' }]);
    expect(col.figures.load.busiest?.pod).toBe('default/web-a3');
    expect(col.figures.load.overloadFactor).toBeCloseTo(5 / 3, 9);
    expect(col.figures.load.endpoints.find((e) => e.pod === 'default/web-a1')?.share).toBeCloseTo(1 / 12, 9);
  });

  it('topology-mode Auto: CPU 2:1:1 gives zone-c one zone-a endpoint (the first in the slice, web-a1)', () => {
    const col = column(comparison, 'topology-mode: Auto');
    expect(col.figures.clients.map((c) => c.endpoints.map((e) => e.pod))).toEqual([
      ['default/web-a2', 'default/web-a3'],
      ['default/web-b1'],
      ['default/web-a1'],
    ]);
    expect(col.figures.overall).toEqual(shares(1 / 2, 1 / 6, 1 / 3));
    expect(col.figures.load.overloadFactor).toBeCloseTo(4 / 3, 9);
  });

  it('internalTrafficPolicy Local: client-c is dropped, web-a1 and web-a2 get nothing', () => {
    const col = column(comparison, 'internalTrafficPolicy: Local');
    expect(col.figures.overall).toEqual(shares(2 / 3, 0, 0, 1 / 3));
    expect(col.figures.dropped).toEqual(['default/client-c']);
    expect(col.figures.clients[2]!.reason).toMatch(/no local endpoints/);
    expect(col.figures.load.idle).toEqual(['default/web-a1', 'default/web-a2']);
    expect(col.figures.load.overloadFactor).toBeCloseTo(2, 9);
    expect(col.estimate.costPerMonth).toBe(0);
  });

  it("zone-b's outage: its client goes offline, web-b1 is not Ready; Local funnels zone-a's client to web-a3 alone", () => {
    const failed = compare(THREE_ZONES, { failure: { kind: 'zone', zone: 'zone-b' } });
    expect(failed.failure?.log).toContain('Node n-b status is now: NodeNotReady');
    const zone = column(failed, 'PreferSameZone').underFailure!;
    expect(zone.figures.offline).toEqual(['default/client-b']);
    expect(zone.figures.overall).toEqual(shares(1 / 6, 1 / 3, 1 / 2));
    expect(zone.figures.load.evenShare).toBeCloseTo(1 / 3, 9);
    expect(zone.figures.load.overloadFactor).toBeCloseTo(1, 9);
    const node = column(failed, 'PreferSameNode').underFailure!;
    // client-a keeps web-a3 (2/3 of the load with client-c's 1/3 spread), client-c uses the three zone-a pods.
    expect(node.figures.load.busiest?.share).toBeCloseTo((1 + 1 / 3) / 2, 9);
    expect(node.figures.load.overloadFactor).toBeCloseTo(2, 9);
    const local = column(failed, 'internalTrafficPolicy: Local').underFailure!;
    expect(local.figures.overall).toEqual(shares(1 / 2, 0, 0, 1 / 2));
    expect(local.figures.load.overloadFactor).toBeCloseTo(3, 9);
  });

  it('the estimate follows edited inputs; bad inputs fall back to the defaults', () => {
    const edited = compare(THREE_ZONES, {
      estimate: { requestsPerSecondPerClient: 10, requestBytes: 500, responseBytes: 500, pricePerGb: 0.01 },
    });
    // 3 × 10 × 2,628,000 × 2/3 × 1000 B = 52.56 GB.
    expect(column(edited, 'unset').estimate.crossZoneGbPerMonth).toBeCloseTo(52.56, 6);
    expect(column(edited, 'unset').estimate.costPerMonth).toBeCloseTo(0.5256, 6);
    const bad = compare(THREE_ZONES, { estimate: { pricePerGb: Number.NaN } });
    expect(bad.estimateInputs.pricePerGb).toBe(0.02);
  });

  it('names what it cannot do: an unknown Service, a zone no node is in, a client without a local endpoint', () => {
    expect(compareChoices(THREE_ZONES, {}, { service: 'web2' })).toEqual({ problem: 'services "default/web2" not found' });
    expect(compare(THREE_ZONES, { failure: { kind: 'zone', zone: 'zone-x' } }).failure?.problem).toBe('no node is in zone "zone-x"');
    const noLocal = THREE_ZONES.filter((f) => f.name !== 'clients.yaml').concat({
      name: 'c.yaml',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: lone\nspec:\n  nodeName: n-c\n  containers:\n    - name: c\n      image: x\n',
    });
    expect(compare(noLocal, { failure: { kind: 'local-pod' } }).failure?.problem).toBe(
      'no client of default/web has a Ready endpoint on its own node',
    );
  });
});
