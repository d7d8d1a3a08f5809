import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFlowEdges } from '../../src/view/flowElements';
import { layoutTopology } from '../../src/view/layout';
import { MAX_PACKETS, PACKETS_AT_FULL_SHARE, packetRoutes, routesToDraw, type PacketRoute } from '../../src/view/packetPlan';
import { trackOfPath, type PacketTrack } from '../../src/view/packetTrack';
import { buildRouteEdges } from '../../src/view/routeModel';
import { echoB, seedDemoReport } from '../fixtures/seedDemoReport';

const report = seedDemoReport();
const layout = layoutTopology({ nodes: report.nodes, pods: report.pods });
const routes = buildRouteEdges(report, ['default/echo-svc']);
const everywhere = { minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 };

describe('packetRoutes', () => {
  it('gives each forwarded route packets in proportion to its share, and reuses flattened paths', () => {
    const { edges } = buildFlowEdges(layout, routes, null);
    const tracks = new Map<string, PacketTrack>();
    const first = packetRoutes(edges, tracks);
    expect(first.map((r) => r.count)).toEqual([0.5 * PACKETS_AT_FULL_SHARE, 0.5 * PACKETS_AT_FULL_SHARE]);
    expect(tracks.size).toBe(2);
    expect(packetRoutes(edges, tracks)[0]!.track).toBe(first[0]!.track);
  });

  it('leaves dimmed routes without packets and puts highlighted ones first', () => {
    const { edges } = buildFlowEdges(layout, routes, { kind: 'pod', id: echoB.pod });
    const drawn = packetRoutes(edges, new Map());
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ highlighted: true, id: edges.find((e) => e.data!.emphasis === 'highlight')!.id });
  });
});

const route = (id: number, x: number, count: number, highlighted = false): PacketRoute => ({
  id: String(id),
  track: trackOfPath(`M${x},0 L${x + 10},10`),
  count,
  locality: 'same-zone',
  highlighted,
});

describe('routesToDraw', () => {
  it('draws every route in view when they fit under the cap', () => {
    const list = [route(1, 0, 3), route(2, 500, 3)];
    expect(routesToDraw(list, everywhere).map((r) => r.id)).toEqual(['1', '2']);
    expect(routesToDraw(list, { minX: 400, minY: -5, maxX: 600, maxY: 5 }).map((r) => r.id)).toEqual(['2']);
  });

  it('keeps highlighted routes and thins the rest evenly when there are too many packets', () => {
    const list = [route(0, 0, 2, true), ...Array.from({ length: 2000 }, (_, i) => route(i + 1, i, 1))];
    const drawn = routesToDraw(list, everywhere);
    expect(drawn[0]!.id).toBe('0');
    expect(drawn.reduce((n, r) => n + r.count, 0)).toBeLessThanOrEqual(MAX_PACKETS);
    expect(drawn.length).toBeGreaterThan(MAX_PACKETS / 2);
    // Spread over the whole list, not only its head.
    expect(Number(drawn[drawn.length - 1]!.id)).toBeGreaterThan(1800);
  });

  it('never draws more than the cap, whatever the routes', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.boolean()), { maxLength: 400 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 200 }), (spec, cap) => {
        const drawn = routesToDraw(
          spec.map(([count, hi], i) => route(i, i, count, hi)),
          everywhere,
          cap,
        );
        expect(drawn.reduce((n, r) => n + r.count, 0)).toBeLessThanOrEqual(cap);
        expect(new Set(drawn.map((r) => r.id)).size).toBe(drawn.length);
      }),
    );
  });
});
