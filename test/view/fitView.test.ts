import { describe, expect, it } from 'vitest';
import { fitViewport, pictureBounds, routeLabelRect } from '../../src/view/fitView';
import { FIT_MARGIN_PX, layoutBounds, layoutTopology } from '../../src/view/layout';
import { buildRouteGeometry, labelText } from '../../src/view/routeGeometry';
import { buildRouteEdges } from '../../src/view/routeModel';
import { seedDemoReport } from '../fixtures/seedDemoReport';

const report = seedDemoReport();

describe('pictureBounds', () => {
  it('holds the boxes, every route arc and every share label', () => {
    const layout = layoutTopology({ nodes: report.nodes, pods: report.pods, frame: { width: 360, height: 200 } });
    const routes = buildRouteGeometry(layout, buildRouteEdges(report, ['default/echo-svc']));
    const bounds = pictureBounds(
      layout,
      routes.map((r) => ({ geometry: r.geometry, label: labelText(r.route) })),
    );
    const boxes = layoutBounds(layout);
    expect(bounds.x).toBeLessThanOrEqual(boxes.x);
    expect(bounds.y).toBeLessThan(boxes.y); // the arcs rise above the top row
    for (const r of routes) {
      const label = routeLabelRect(r.geometry.labelX, r.geometry.labelY, labelText(r.route));
      expect(label.x).toBeGreaterThanOrEqual(bounds.x);
      expect(label.y).toBeGreaterThanOrEqual(bounds.y);
      expect(label.x + label.width).toBeLessThanOrEqual(bounds.x + bounds.width);
    }
  });
});

describe('fitViewport', () => {
  it('centres the picture with the margin and never zooms past the limit', () => {
    expect(fitViewport({ x: 0, y: 0, width: 100, height: 50 }, 220, 220, 2)).toEqual({ x: 10, y: 60, zoom: 2 });
    const { x, y, zoom } = fitViewport({ x: -20, y: -40, width: 400, height: 200 }, 360, 300, 2);
    expect(zoom).toBeCloseTo((360 - 2 * FIT_MARGIN_PX) / 400);
    expect(x + -20 * zoom).toBeCloseTo(FIT_MARGIN_PX);
    expect(y + (-40 + 100) * zoom).toBeCloseTo(150);
  });
});
