/**
 * The Compare panel's small copies of the canvas: the layout is the canvas's own for the same
 * frame and options, each column's routes are the routes the canvas draws for the report of that
 * choice, and every column shares one frame.
 */
import { describe, expect, it } from 'vitest';
import { compareChoices, type CompareResult, type RoutingReport } from '../../src/engine';
import { analyzeFiles } from '../../src/engine/analyze';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { compareLayout, comparePictures, DEFAULT_CANVAS_LAYOUT, figureRoutes } from '../../src/view/comparePicture';
import { layoutTopology } from '../../src/view/layout';
import { buildRouteEdges } from '../../src/view/routeModel';
import { THREE_ZONES, THREE_ZONES_SERVICE } from '../engine/compare/threeZones';

function compared(result: CompareResult) {
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

/** What a route edge looks like on the canvas: its ends, share, verdict and colour. */
const drawn = (routes: ReturnType<typeof buildRouteEdges>) =>
  routes.map((r) => ({
    testId: r.testId,
    source: r.source,
    target: r.target,
    via: r.via,
    share: r.share,
    verdict: r.verdict,
    locality: r.locality,
  }));

const CANVAS = { frame: { width: 880, height: 360 } };

describe('compareLayout', () => {
  it("is the canvas's layout of the same nodes and pods for the canvas's frame", () => {
    const report = analyzeFiles(seedDemo.files, { kubernetesVersion: '1.34' });
    const { topology } = compared(compareChoices(seedDemo.files, { kubernetesVersion: '1.34' }, { service: 'default/echo-svc' }));
    const canvas = layoutTopology({ nodes: report.nodes, pods: report.pods, compactPods: true, frame: CANVAS.frame });
    const small = compareLayout(topology.compared, CANVAS);
    expect(small.boxes).toEqual(canvas.boxes);
    expect([...small.absolute]).toEqual([...canvas.absolute]);
  });
});

describe('figureRoutes', () => {
  const service = 'default/web';
  const withSpec = (spec: string): RoutingReport =>
    analyzeFiles(
      THREE_ZONES.map((f) =>
        f.name === 'service.yaml' ? { ...f, text: THREE_ZONES_SERVICE.replace('spec:\n', `spec:\n  ${spec}\n`) } : f,
      ),
      { kubernetesVersion: '1.34' },
    );
  const { comparison } = compared(compareChoices(THREE_ZONES, { kubernetesVersion: '1.34' }, { service }));
  const column = (id: string) => comparison.columns.find((c) => c.choice.id === id)!;

  it('are the routes the canvas draws for the report with that choice written: PreferSameZone', () => {
    const fromFigures = figureRoutes(service, 80, column('prefer-same-zone').figures.clients);
    expect(drawn(fromFigures)).toEqual(drawn(buildRouteEdges(withSpec('trafficDistribution: PreferSameZone'), [service])));
    // client-c has no endpoint in zone-c: it crosses to all four.
    expect(fromFigures.filter((r) => r.from === 'default/client-c')).toHaveLength(4);
  });

  it('internalTrafficPolicy Local: client-c is dropped at its kube-proxy, as on the canvas', () => {
    const fromFigures = figureRoutes(service, 80, column('local').figures.clients);
    expect(drawn(fromFigures)).toEqual(drawn(buildRouteEdges(withSpec('internalTrafficPolicy: Local'), [service])));
    expect(fromFigures.find((r) => r.verdict === 'drop')).toMatchObject({ testId: 'route-drop-default/client-c', target: 'proxy:n-c' });
  });
});

describe('comparePictures', () => {
  const result = compared(compareChoices(THREE_ZONES, { kubernetesVersion: '1.34' }, { service: 'default/web' }));
  const layout = compareLayout(result.topology.compared, DEFAULT_CANVAS_LAYOUT);
  const routes = result.comparison.columns.map((c) => figureRoutes('default/web', 80, c.figures.clients));

  it('draws every box of the layout and each column its own routes, in one frame that holds them all', () => {
    const pictures = comparePictures(layout, routes, result.topology.compared, 'default/web');
    expect(pictures.boxes.map((b) => b.id).sort()).toEqual(layout.boxes.map((b) => b.id).sort());
    expect(pictures.routes.map((r) => r.length)).toEqual(routes.map((r) => r.length));
    const node = pictures.boxes.find((b) => b.id === 'node:n-b')!;
    expect([node.ax, node.ay]).toEqual([layout.absolute.get('node:n-b')!.x, layout.absolute.get('node:n-b')!.y]);
    for (const column of pictures.routes)
      for (const route of column) {
        for (const [x, y] of (route.geometry.path.match(/-?\d+(?:\.\d+)?/g) ?? []).reduce<number[][]>(
          (pairs, n, i, all) => (i % 2 ? pairs : [...pairs, [Number(n), Number(all[i + 1])]]),
          [],
        )) {
          expect(x).toBeGreaterThanOrEqual(pictures.bounds.x);
          expect(y).toBeGreaterThanOrEqual(pictures.bounds.y);
          expect(x).toBeLessThanOrEqual(pictures.bounds.x + pictures.bounds.width);
          expect(y).toBeLessThanOrEqual(pictures.bounds.y + pictures.bounds.height);
        }
      }
  });

  it('over maxPods, keeps the clients and the endpoints first', () => {
    const pictures = comparePictures(layout, routes, result.topology.compared, 'default/web', 5);
    const pods = pictures.boxes.filter((b) => b.kind === 'pod').map((b) => b.ref);
    expect(pods).toHaveLength(5);
    for (const pod of pods)
      expect([
        'default/client-a',
        'default/client-b',
        'default/client-c',
        'default/web-a1',
        'default/web-a2',
        'default/web-a3',
        'default/web-b1',
      ]).toContain(pod);
    expect(pictures.boxes.filter((b) => b.kind === 'node')).toHaveLength(4);
  });
});
