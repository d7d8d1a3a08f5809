import { describe, expect, it } from 'vitest';
import { routeLabelRect, type Bounds } from '../../src/view/fitView';
import { labelObstacles, placeRouteLabel } from '../../src/view/labelPlacement';
import { layoutTopology } from '../../src/view/layout';
import { buildRouteGeometry, labelText } from '../../src/view/routeGeometry';
import { buildRouteEdges } from '../../src/view/routeModel';
import { seedDemoReport } from '../fixtures/seedDemoReport';

const overlaps = (a: Bounds, b: Bounds) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeRouteLabel', () => {
  it('moves a label off a box along its arc', () => {
    const geometry = { path: 'M0,100 C0,0 200,0 200,100', labelX: 162.5, labelY: 43.8 };
    const box = { x: 120, y: 20, width: 80, height: 40 };
    const moved = placeRouteLabel(geometry, '50%', [box], []);
    expect(overlaps(routeLabelRect(moved.labelX, moved.labelY, '50%'), box)).toBe(false);
    // Still on the arc: x between its ends, above them.
    expect(moved.labelX).toBeGreaterThan(0);
    expect(moved.labelX).toBeLessThan(200);
    expect(moved.labelY).toBeLessThan(100);
  });

  it('keeps a straight (dropped) route’s label where it is', () => {
    const geometry = { path: 'M0,100 L40,60', labelX: 86, labelY: 75 };
    expect(placeRouteLabel(geometry, '✕ dropped', [{ x: 60, y: 60, width: 50, height: 30 }], [])).toEqual(geometry);
  });

  it('puts no label of the seed demo on a pod, a kube-proxy, a title or another label, in any frame shape', () => {
    const report = seedDemoReport();
    for (const frame of [undefined, { width: 360, height: 200 }, { width: 700, height: 330 }, { width: 880, height: 640 }]) {
      const layout = layoutTopology({ nodes: report.nodes, pods: report.pods, ...(frame ? { frame } : {}) });
      const routes = buildRouteGeometry(layout, buildRouteEdges(report, ['default/echo-svc']));
      const obstacles = labelObstacles(layout);
      const labels = routes.map((r) => routeLabelRect(r.geometry.labelX, r.geometry.labelY, labelText(r.route)));
      labels.forEach((label, i) => {
        for (const o of obstacles) expect(overlaps(label, o), `label ${i} in ${JSON.stringify(frame)}`).toBe(false);
        for (const other of labels.slice(i + 1)) expect(overlaps(label, other)).toBe(false);
      });
    }
  });
});
