/** Invariants of the per-node views and client routes over random clusters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IPVS_SCHEDULERS, type EndpointSlice, type Service } from '../../../src/engine/model';
import { computeServiceViews } from '../../../src/engine/proxy/computeServiceViews';
import type { ServicePortViews } from '../../../src/engine/report';
import { computeClientRoutes } from '../../../src/engine/routes/computeClientRoutes';
import { applyGateOverrides, SUPPORTED_VERSIONS } from '../../../src/engine/version';
import { client, kubeProxy, node, service, slice, sliceEndpoint } from './fixtures';

const zones = ['zone-a', 'zone-b', undefined];
const nodeNames = ['n0', 'n1', 'n2', 'n3'];
const nodes = nodeNames.map((n, i) => node(n, zones[i % zones.length]));

const endpointArb = fc.record({
  node: fc.option(fc.constantFrom(...nodeNames), { nil: undefined }),
  ready: fc.boolean(),
  serving: fc.boolean(),
  terminating: fc.boolean(),
  zoneHint: fc.option(fc.constantFrom('zone-a', 'zone-b', ''), { nil: undefined }),
  // The controller hints an endpoint for its own node; a node-less endpoint gets no node hint.
  nodeHinted: fc.boolean(),
});

const scenarioArb = fc.record({
  endpoints: fc.array(endpointArb, { maxLength: 6 }),
  version: fc.constantFrom(...SUPPORTED_VERSIONS),
  mode: fc.constantFrom('iptables', 'nftables', 'ipvs', 'kernelspace' as const),
  scheduler: fc.constantFrom(...IPVS_SCHEDULERS),
  itp: fc.constantFrom('Cluster', 'Local' as const),
  etp: fc.constantFrom('Cluster', 'Local' as const),
  type: fc.constantFrom('ClusterIP', 'NodePort' as const),
  affinity: fc.constantFrom('None', 'ClientIP' as const),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function run(s: Scenario) {
  const eps = s.endpoints.map((e, i) => {
    const n = e.node ? nodes.find((x) => x.metadata.name === e.node) : undefined;
    return sliceEndpoint(`10.244.0.${i + 1}`, {
      ...(e.node ? { node: e.node } : {}),
      ...(n?.zone ? { zone: n.zone } : {}),
      ready: e.ready,
      serving: e.serving,
      terminating: e.terminating,
      ...(e.zoneHint !== undefined ? { forZones: [e.zoneHint] } : {}),
      ...(e.nodeHinted && e.node ? { forNodes: [e.node] } : {}),
      pod: `p${i}`,
    });
  });
  const svcOverrides: Partial<Service> = { type: s.type, internalTrafficPolicy: s.itp, sessionAffinity: s.affinity };
  if (s.type === 'NodePort') svcOverrides.externalTrafficPolicy = s.etp;
  if (s.affinity === 'ClientIP') svcOverrides.sessionAffinityTimeoutSeconds = 10800;
  const services = [service('svc', svcOverrides)];
  const proxy = kubeProxy(s.mode, s.scheduler);
  const gates = applyGateOverrides(s.version, {}).gates;
  const slices = new Map<string, EndpointSlice[]>([['default/svc', [slice('svc', eps)]]]);
  const views = computeServiceViews({ services, slicesByService: slices, nodes, version: s.version, gates, kubeProxy: proxy });
  const clients = nodeNames.map((n, i) => client(`c${i}`, n, `10.244.9.${i}`));
  const routes = computeClientRoutes({ clients, services, serviceViews: views, nodes, kubeProxy: proxy, requests: 10, seed: 3 });
  return { views, routes, eps };
}

const everyClass = (views: ServicePortViews[]) => views.flatMap((g) => g.classes.map((c) => ({ g, c })));

describe('routing invariants', () => {
  it('never throws; weights sum to 1 or the verdict is drop/reject; every node is in exactly one class', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { views, routes } = run(s);
        for (const { c } of everyClass(views)) {
          if (c.verdict === 'forward') expect(c.endpoints.reduce((a, e) => a + e.weight, 0)).toBeCloseTo(1, 9);
          else expect(c.endpoints).toEqual([]);
        }
        for (const g of views) expect(g.classes.flatMap((c) => c.nodes).sort()).toEqual([...nodeNames].sort());
        for (const r of routes) {
          if (r.verdict === 'forward') expect(r.endpoints.reduce((a, e) => a + e.weight, 0)).toBeCloseTo(1, 9);
          expect(Object.values(r.requests!).reduce((a, b) => a + b, 0)).toBe(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Local policy never leaves the node (iptables/nftables/kernelspace)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        if (s.mode === 'ipvs') return;
        const { views } = run(s);
        for (const { g, c } of everyClass(views)) {
          const local = g.traffic === 'internal' ? s.itp === 'Local' : s.etp === 'Local' && s.mode !== 'kernelspace';
          if (!local || c.verdict !== 'forward') continue;
          for (const node of c.nodes) for (const e of c.endpoints) expect(e.node).toBe(node);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PreferSameNode with a Ready, hinted local endpoint never leaves the node', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        if (s.mode === 'kernelspace' || !['1.34', '1.35', '1.36'].includes(s.version)) return;
        const { routes, eps } = run({ ...s, itp: 'Cluster' });
        const ready = eps.filter((e) => e.conditions.ready);
        const allNodeHinted = ready.length > 0 && ready.every((e) => e.hints?.forNodes?.length);
        if (!allNodeHinted) return;
        for (const r of routes) {
          const own = ready.some((e) => e.nodeName === r.node && e.hints?.forNodes?.some((h) => h.name === r.node));
          if (!own) continue;
          expect(r.verdict).toBe('forward');
          for (const e of r.endpoints) if (e.weight > 0) expect(e.node).toBe(r.node);
        }
      }),
      { numRuns: 400 },
    );
  });
});
