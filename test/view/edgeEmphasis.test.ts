import { describe, expect, it } from 'vitest';
import { emphasiseRouteEdges } from '../../src/view/edgeEmphasis';
import { layoutTopology, type Layout } from '../../src/view/layout';
import { buildRouteGeometry } from '../../src/view/routeGeometry';
import { buildRouteEdges, isExternallyReachable, servicesWithRoutes, type RouteEdgeModel, type Selection } from '../../src/view/routeModel';
import { analyzeFiles } from '../../src/engine/analyze';
import type { RoutingReport } from '../../src/engine/report';
import { highlightOfRoute } from '../../src/view/routeHighlight';
import { SCENARIOS } from '../../src/scenarios/examples';
import type { RouteHighlight } from '../../src/state/highlightSlice';
import { chipsDemo } from '../fixtures/chipsDemo';
import { echoA, echoB, seedDemoReport } from '../fixtures/seedDemoReport';
import { singlePassFlowEdges } from '../ui/canvas/singlePassFlowEdges';

const report = seedDemoReport();
const layout = layoutTopology({ nodes: report.nodes, pods: report.pods });
const routes = buildRouteEdges(report, ['default/echo-svc']);
const drawn = buildRouteGeometry(layout, routes);

const emphasisOf = (selection: Selection, highlight: RouteHighlight | null = null) => {
  const { edges, reached } = emphasiseRouteEdges(drawn, selection, highlight);
  return { emphasis: edges.map((e) => e.domAttributes?.['data-emphasis' as never]), reached: [...reached].sort() };
};

const ruleFor = (route: RouteEdgeModel, keep: 'pod' | 'service'): RouteHighlight => {
  const { pod: _pod, ...service } = highlightOfRoute(route);
  return { ...(keep === 'pod' ? highlightOfRoute(route) : service), origin: 'rules' };
};

describe('emphasiseRouteEdges', () => {
  it('leaves every route normal with no selection and no hovered rule', () => {
    expect(emphasisOf(null)).toEqual({ emphasis: ['normal', 'normal'], reached: [] });
  });

  it('highlights a pod’s routes and marks the pod and its node reached', () => {
    expect(emphasisOf({ kind: 'pod', id: echoB.pod })).toEqual({
      emphasis: ['dim', 'highlight'],
      reached: ['node:mnode-m03', `pod:${echoB.pod}`],
    });
  });

  it('highlights the routes into a selected node', () => {
    expect(emphasisOf({ kind: 'node', id: 'mnode-m02' })).toEqual({
      emphasis: ['highlight', 'dim'],
      reached: ['node:mnode-m02', `pod:${echoA.pod}`],
    });
  });

  it('highlights what a hovered rule implements, over the selection; a canvas hover changes nothing', () => {
    expect(emphasisOf({ kind: 'pod', id: echoB.pod }, ruleFor(routes[0]!, 'pod'))).toEqual({
      emphasis: ['highlight', 'dim'],
      reached: ['node:mnode-m02', `pod:${echoA.pod}`],
    });
    expect(emphasisOf(null, ruleFor(routes[0]!, 'service')).emphasis).toEqual(['highlight', 'highlight']);
    expect(emphasisOf(null, { ...highlightOfRoute(routes[0]!), origin: 'canvas' })).toEqual(emphasisOf(null));
  });

  it('reuses the geometry and keeps an edge whose emphasis did not change', () => {
    const normal = emphasiseRouteEdges(drawn, null).edges;
    const podB = emphasiseRouteEdges(drawn, { kind: 'pod', id: echoB.pod }).edges;
    const nodeM03 = emphasiseRouteEdges(drawn, { kind: 'node', id: 'mnode-m03' }).edges;
    expect(podB.map((e, i) => e.data!.geometry === drawn[i]!.geometry)).toEqual([true, true]);
    expect(podB.map((e, i) => e === normal[i])).toEqual([false, false]);
    expect(nodeM03.map((e, i) => e === podB[i])).toEqual([true, true]);
    expect(emphasiseRouteEdges(drawn, null).edges.map((e, i) => e === normal[i])).toEqual([true, true]);
    // A new drawing (a new report) gets new edges.
    expect(emphasiseRouteEdges(buildRouteGeometry(layout, routes), null).edges[0]).not.toBe(normal[0]);
  });
});

/** Every selection the canvas can make on this drawing, and every rule hover its routes stand for. */
function everyFocus(r: RoutingReport, l: Layout, rs: readonly RouteEdgeModel[]): [Selection, RouteHighlight | null][] {
  const selections: Selection[] = [
    null,
    ...r.pods.map((p) => ({ kind: 'pod' as const, id: p.key })),
    ...r.nodes.map((n) => ({ kind: 'node' as const, id: n.name })),
    ...l.boxes.filter((b) => b.kind === 'zone').map((b) => ({ kind: 'zone' as const, id: b.ref })),
    ...l.boxes.filter((b) => b.kind === 'external').map((b) => ({ kind: 'external' as const, id: b.ref })),
    ...r.services.map((s) => ({ kind: 'service' as const, id: s.key })),
  ];
  const rules = rs.flatMap((route) => [ruleFor(route, 'pod'), ruleFor(route, 'service')]);
  return [
    ...selections.map((s): [Selection, null] => [s, null]),
    ...rules.map((h): [Selection, RouteHighlight] => [selections[1] ?? null, h]),
  ];
}

describe('the two passes against the one-pass build', () => {
  const drawings = [
    { name: 'seed demo', report, layout, routes },
    { name: 'pods as chips', ...chipsDemo() },
    ...SCENARIOS.map((scenario) => {
      const r = analyzeFiles(scenario.files, { kubernetesVersion: scenario.kubernetesVersion });
      // The canvas draws the scenario's Service, or every Service with client routes.
      const services = [...new Set([scenario.service, ...servicesWithRoutes(r)])];
      const l = layoutTopology({
        nodes: r.nodes,
        pods: r.pods,
        externalEntries: services.some((s) => isExternallyReachable(r, s)),
        compactPods: true,
      });
      return { name: scenario.id, report: r, layout: l, routes: buildRouteEdges(r, services) };
    }),
  ];

  it.each(drawings)(
    'gives the same edges and reached set for every selection and rule hover: $name',
    ({ report: r, layout: l, routes: rs }) => {
      expect(rs.length).toBeGreaterThan(0);
      const geometry = buildRouteGeometry(l, rs);
      for (const [selection, highlight] of everyFocus(r, l, rs)) {
        const { edges, reached } = emphasiseRouteEdges(geometry, selection, highlight);
        const reference = singlePassFlowEdges(l, rs, selection, highlight);
        expect(edges).toEqual(reference.edges);
        expect([...reached].sort()).toEqual([...reference.reached].sort());
      }
    },
  );
});
