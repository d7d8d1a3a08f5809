import { describe, expect, it } from 'vitest';
import { buildRouteEdges, defaultService, edgeMatchesSelection } from '../../src/view/routeModel';
import type { ClientRoute } from '../../src/engine/report';
import { clientRoute, echoA, echoB, seedDemoReport } from '../fixtures/seedDemoReport';

describe('buildRouteEdges', () => {
  it('draws one edge per reached endpoint, labelled with its share and locality', () => {
    const report = seedDemoReport();
    const edges = buildRouteEdges(report, ['default/echo-svc']);
    expect(edges.map((e) => [e.testId, e.label, e.locality, e.source, e.target, e.via])).toEqual([
      [
        'route-default/client->default/echo-5d8f-a1',
        '50%',
        'same-node',
        'pod:default/client',
        'pod:default/echo-5d8f-a1',
        'proxy:mnode-m02',
      ],
      [
        'route-default/client->default/echo-5d8f-b2',
        '50%',
        'cross-zone',
        'pod:default/client',
        'pod:default/echo-5d8f-b2',
        'proxy:mnode-m02',
      ],
    ]);
  });

  it('skips endpoints with no share and draws drop/reject at the client node with the reason', () => {
    const dropped: ClientRoute = {
      ...clientRoute,
      verdict: 'drop',
      endpoints: [],
      trace: [{ stage: 'data-plane', rule: 'syncProxyRules', message: 'default/echo-svc has no local endpoints' }],
    };
    const edges = buildRouteEdges(seedDemoReport({ routes: [dropped] }), ['default/echo-svc']);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      testId: 'route-drop-default/client',
      target: 'proxy:mnode-m02',
      label: 'dropped',
      reason: 'default/echo-svc has no local endpoints',
    });

    const preferNode: ClientRoute = {
      ...clientRoute,
      endpoints: [
        { ...echoA, weight: 1 },
        { ...echoB, weight: 0 },
      ],
    };
    const one = buildRouteEdges(seedDemoReport({ routes: [preferNode] }), ['default/echo-svc']);
    expect(one.map((e) => e.label)).toEqual(['100%']);
  });

  it('adds external entries per node only for NodePort and LoadBalancer Services', () => {
    const base = seedDemoReport();
    const externalViews = base.serviceViews.map((v) => ({ ...v, traffic: 'external' as const }));
    const withViews = { ...base, serviceViews: [...base.serviceViews, ...externalViews] };
    expect(buildRouteEdges(withViews, ['default/echo-svc']).filter((e) => e.external)).toHaveLength(0);
    const nodePort = { ...withViews, services: withViews.services.map((s) => ({ ...s, type: 'NodePort' as const })) };
    const external = buildRouteEdges(nodePort, ['default/echo-svc']).filter((e) => e.external);
    expect(new Set(external.map((e) => e.from))).toEqual(new Set(['external:mnode', 'external:mnode-m02', 'external:mnode-m03']));
    expect(external.every((e) => e.source === `external:${e.node}` && e.via === `proxy:${e.node}`)).toBe(true);
  });

  it('defaults to the first Service with client routes', () => {
    const report = seedDemoReport();
    const other = { ...report.services[0]!, key: 'default/aaa', name: 'aaa' };
    expect(defaultService({ ...report, services: [other, ...report.services] })).toBe('default/echo-svc');
    expect(defaultService({ ...report, routes: [], services: [other] })).toBe('default/aaa');
  });
});

describe('edgeMatchesSelection', () => {
  const edges = buildRouteEdges(seedDemoReport(), ['default/echo-svc']);
  const matching = (selection: Parameters<typeof edgeMatchesSelection>[1]) =>
    edges.filter((e) => edgeMatchesSelection(e, selection)).map((e) => e.targetPod);

  it('selects a client’s routes, and who reaches a pod, node or zone', () => {
    expect(matching({ kind: 'pod', id: 'default/client' })).toHaveLength(2);
    expect(matching({ kind: 'pod', id: echoB.pod })).toEqual([echoB.pod]);
    expect(matching({ kind: 'node', id: 'mnode-m03' })).toEqual([echoB.pod]);
    expect(matching({ kind: 'zone', id: 'zone-a' })).toEqual([echoA.pod]);
    expect(matching({ kind: 'service', id: 'default/other' })).toEqual([]);
  });
});
