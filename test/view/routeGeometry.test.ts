import { describe, expect, it } from 'vitest';
import { layoutTopology } from '../../src/view/layout';
import { buildRouteGeometry } from '../../src/view/routeGeometry';
import { buildRouteEdges } from '../../src/view/routeModel';
import { chipsDemo } from '../fixtures/chipsDemo';
import { echoA, echoB, seedDemoReport } from '../fixtures/seedDemoReport';
import { singlePassFlowEdges } from '../ui/canvas/singlePassFlowEdges';

const report = seedDemoReport();
const layout = layoutTopology({ nodes: report.nodes, pods: report.pods });
const routes = buildRouteEdges(report, ['default/echo-svc']);

describe('buildRouteGeometry', () => {
  it('gives every drawn route its ends, aria label and a path through its kube-proxy', () => {
    const drawn = buildRouteGeometry(layout, routes);
    expect(drawn.map((d) => d.route.testId)).toEqual([`route-default/client->${echoA.pod}`, `route-default/client->${echoB.pod}`]);
    const proxy = layout.absolute.get('proxy:mnode-m02')!;
    for (const d of drawn) {
      expect(d.source).toBe('pod:default/client');
      expect(d.target).toBe(`pod:${d.route.targetPod}`);
      expect(d.ariaLabel).toMatch(/^default\/client to default\/echo-5d8f-.*: 50% of connections/);
      expect(d.geometry.path).toContain(`L${proxy.x + 48},${proxy.y + 30}`);
    }
  });

  it('matches the one-pass build’s ids, ends, labels and paths, with chips merged', () => {
    for (const { layout: l, routes: r } of [{ layout, routes }, chipsDemo()]) {
      const drawn = buildRouteGeometry(l, r);
      const reference = singlePassFlowEdges(l, r, null).edges;
      expect(
        drawn.map((d) => ({ id: d.id, source: d.source, target: d.target, ariaLabel: d.ariaLabel, geometry: d.geometry, route: d.route })),
      ).toEqual(
        reference.map((e) => ({
          id: e.id,
          source: e.source,
          target: e.target,
          ariaLabel: e.ariaLabel,
          geometry: e.data!.geometry,
          route: e.data!.route,
        })),
      );
    }
  });

  it('keeps each merged route’s members, so a selection can find the pod inside it', () => {
    const { layout: l, routes: r } = chipsDemo();
    const drawn = buildRouteGeometry(l, r);
    const merged = drawn.filter((d) => d.route.pods);
    expect(merged.length).toBeGreaterThan(0);
    for (const d of merged) expect(d.members.map((m) => m.targetPod)).toEqual(d.route.pods!.map((p) => p.pod));
    expect(drawn.reduce((n, d) => n + d.members.length, 0)).toBe(r.length);
  });

  it('gives the same drawing for the same layout and routes', () => {
    expect(buildRouteGeometry(layout, routes)).toEqual(buildRouteGeometry(layout, routes));
  });

  it('leaves out routes to endpoints that are not drawn', () => {
    expect(buildRouteGeometry(layoutTopology({ nodes: report.nodes, pods: report.pods.slice(0, 2) }), routes)).toHaveLength(1);
  });
});
