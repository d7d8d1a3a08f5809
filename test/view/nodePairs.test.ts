/** Node-pair edges of a large cluster zoomed in to its nodes: summed from a real analysis's routes, and where they are drawn. */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { layoutTopology } from '../../src/view/layout';
import { aggregateNodePairs, nodePairAriaLabel } from '../../src/view/nodePairs';
import { LABELLED_MAX, nodePairGeometry } from '../../src/view/nodePairGeometry';
import { aggregateZonePairs } from '../../src/view/zonePairs';
import { pairKey } from '../../src/view/routePairs';
import { node, pod, service } from './zonedManifests';

// zone-a: a1 (web-1, shopper-1, shopper-2), a2 (shopper-4); zone-b: b1 (web-2), b2 (shopper-3).
const cluster = (extra = '', selector = '{app: web}') => [
  {
    name: 'cluster.yaml',
    text: [
      node('a1', 'zone-a'),
      node('a2', 'zone-a'),
      node('b1', 'zone-b'),
      node('b2', 'zone-b'),
      pod('web-1', 'a1', '{app: web}'),
      pod('web-2', 'b1', '{app: web}'),
      pod('shopper-1', 'a1', '{role: client}'),
      pod('shopper-2', 'a1', '{role: client}'),
      pod('shopper-3', 'b2', '{role: client}'),
      pod('shopper-4', 'a2', '{role: client}'),
      service('web', selector, extra),
    ].join('---\n'),
  },
];

type Pairs = NonNullable<ReturnType<typeof aggregateNodePairs>>;
const byKey = (pairs: Pairs) => Object.fromEntries(pairs.pairs.map((p) => [pairKey(p.from, p.to, p.verdict), p]));

describe('aggregateNodePairs', () => {
  it('sums each client node’s routes per endpoint node, with the engine’s shares and localities', () => {
    const report = analyzeFiles(cluster(), { kubernetesVersion: '1.34' });
    const all = aggregateNodePairs(report, 'default/web')!;
    expect(all.clients).toBe(4);
    expect(all.port).toBe(80);
    const pairs = byKey(all);
    expect(Object.keys(pairs).sort()).toEqual(['a1>a1', 'a1>b1', 'a2>a1', 'a2>b1', 'b2>a1', 'b2>b1']);
    // Two of the four clients on a1, each sending half to each endpoint: 2 × 0.5 / 4.
    expect(pairs['a1>b1']!.share).toBeCloseTo(1 / 4);
    expect(pairs['a1>b1']!.fromShare).toBeCloseTo(0.5);
    expect(pairs['a1>b1']!.clients).toBe(2);
    expect(pairs['a1>b1']!.endpoints).toBe(1);
    expect(pairs['a1>b1']!.label).toBe('25%');
    expect(pairs['b2>b1']!.share).toBeCloseTo(1 / 8);
    // The engine's localities, node by node (a zone pair would call a1 > a1 same-zone).
    expect(pairs['a1>a1']!.locality).toBe('same-node');
    expect(pairs['a2>a1']!.locality).toBe('same-zone');
    expect(pairs['a1>b1']!.locality).toBe('cross-zone');
    expect(all.pairs.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
    expect(all.pairs[0]!.share).toBeGreaterThanOrEqual(all.pairs.at(-1)!.share);
    expect(pairs['a1>b1']!.reasons[0]!.clients).toBe(2);
    expect(pairs['a1>b1']!.reasons[0]!.message).not.toBe('');
    expect(pairs['a1>b1']!.id).toBe('node-pair:a1>b1');
  });

  it('adds up to the zone pairs: the node level splits the summary level’s shares, never changes them', () => {
    const report = analyzeFiles(cluster(), { kubernetesVersion: '1.34' });
    const zoneOf = new Map(report.nodes.map((n) => [n.name, n.zone ?? '']));
    const summed = new Map<string, number>();
    for (const p of aggregateNodePairs(report, 'default/web')!.pairs) {
      const key = pairKey(zoneOf.get(p.from)!, zoneOf.get(p.to)!);
      summed.set(key, (summed.get(key) ?? 0) + p.share);
    }
    for (const z of aggregateZonePairs(report, 'default/web')!.pairs) expect(summed.get(pairKey(z.from, z.to))).toBeCloseTo(z.share);
  });

  it('keeps each zone’s traffic home under PreferSameZone, as the engine routes it', () => {
    const report = analyzeFiles(cluster('  trafficDistribution: PreferSameZone\n'), { kubernetesVersion: '1.34' });
    const pairs = byKey(aggregateNodePairs(report, 'default/web')!);
    expect(Object.keys(pairs).sort()).toEqual(['a1>a1', 'a2>a1', 'b2>b1']);
    expect(pairs['a1>a1']!.share).toBeCloseTo(1 / 2);
    expect(pairs['a1>a1']!.fromShare).toBeCloseTo(1);
    expect(nodePairAriaLabel(pairs['b2>b1']!, 'default/web')).toBe("b2 → b1: 25% of default/web's traffic");
  });

  it('counts traffic kube-proxy refuses as lost on the client’s node', () => {
    const report = analyzeFiles(cluster('', '{app: nothing}'), { kubernetesVersion: '1.34' });
    const all = aggregateNodePairs(report, 'default/web')!;
    expect(all.pairs.every((p) => p.verdict !== 'forward')).toBe(true);
    // The web pods no Service selects now are clients too: a1 holds 3 of the 6.
    expect(all.clients).toBe(6);
    const lost = all.pairs.find((p) => p.from === 'a1')!;
    expect(lost.to).toBe('a1');
    expect(lost.share).toBeCloseTo(3 / 6);
    expect(lost.fromShare).toBeCloseTo(1);
    expect(lost.label).toMatch(/^50% (dropped|rejected)$/);
    expect(lost.id).toBe(`node-pair:a1>!${lost.verdict}`);
    expect(nodePairAriaLabel(lost, 'default/web')).toMatch(/^a1: 50% (dropped|rejected), 50% of default\/web's traffic$/);
  });

  it('has nothing to aggregate without a Service or a client', () => {
    const report = analyzeFiles(cluster(), { kubernetesVersion: '1.34' });
    expect(aggregateNodePairs(report, null)).toBeNull();
    expect(aggregateNodePairs(report, 'default/missing')).toBeNull();
  });
});

describe('nodePairGeometry', () => {
  const report = analyzeFiles(cluster(), { kubernetesVersion: '1.34' });
  const layout = layoutTopology({ nodes: report.nodes, pods: report.pods, compactPods: true });
  const all = aggregateNodePairs(report, 'default/web')!;
  const geometry = nodePairGeometry(layout, all.pairs, 3);
  const at = (name: string) => {
    const box = layout.boxes.find((b) => b.id === `node:${name}`)!;
    return { ...layout.absolute.get(box.id)!, width: box.width, height: box.height };
  };
  const ends = (path: string) => {
    const numbers = path.match(/-?[\d.]+/g)!.map(Number);
    return { start: numbers.slice(0, 2), end: numbers.slice(-2) };
  };

  it('draws one edge per pair between the node boxes, thicker for a larger share', () => {
    expect(geometry.map((g) => `${g.source} ${g.target}`).sort()).toEqual([
      'node:a1 node:a1',
      'node:a1 node:b1',
      'node:a2 node:a1',
      'node:a2 node:b1',
      'node:b2 node:a1',
      'node:b2 node:b1',
    ]);
    const big = geometry.find((g) => g.id === 'node-pair:a1>b1')!;
    const small = geometry.find((g) => g.id === 'node-pair:b2>b1')!;
    expect(big.strokeWidth).toBeGreaterThan(small.strokeWidth);
    expect(big.unit).toBe(3);
  });

  it('leaves the client node’s top and arrives at the endpoint node’s top; traffic kept on a node loops above it', () => {
    const ab = geometry.find((g) => g.id === 'node-pair:a1>b1')!;
    const { start, end } = ends(ab.path);
    const a1 = at('a1');
    const b1 = at('b1');
    expect(start[1]).toBeCloseTo(a1.y, 0);
    expect(start[0]).toBeGreaterThan(a1.x);
    expect(start[0]).toBeLessThan(a1.x + a1.width);
    expect(end[1]).toBeCloseTo(b1.y, 0);
    expect(end[0]).toBeGreaterThan(b1.x);
    expect(end[0]).toBeLessThan(b1.x + b1.width);
    const loop = geometry.find((g) => g.id === 'node-pair:a1>a1')!;
    const l = ends(loop.path);
    expect(l.start[1]).toBeCloseTo(a1.y, 0);
    expect(l.end[1]).toBeCloseTo(a1.y, 0);
    expect(loop.labelY).toBeLessThan(a1.y);
  });

  it('places no two labels over each other', () => {
    expect(geometry.filter((g) => !g.unlabelled).length).toBeGreaterThanOrEqual(3);
    const rects = geometry
      .filter((g) => !g.unlabelled)
      .map((g) => {
        const w = ((g.pair.label.length * 8.5 + 14) * g.unit) / 2;
        const h = 11 * g.unit;
        return { left: g.labelX - w, right: g.labelX + w, top: g.labelY - h, bottom: g.labelY + h, id: g.id };
      });
    for (const a of rects)
      for (const b of rects)
        if (a !== b && a.id !== 'node-pair:a1>a1' && b.id !== 'node-pair:a1>a1')
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.id} × ${b.id}`).toBe(false);
  });

  it('labels a pair only where its arc has room, leaving its share to its title otherwise', () => {
    const many = Array.from({ length: LABELLED_MAX + 10 }, (_, i) => ({
      ...all.pairs.find((p) => p.from === 'a1' && p.to === 'b1')!,
      id: `node-pair:x${i}`,
    }));
    const drawn = nodePairGeometry(layout, many, 2);
    expect(drawn).toHaveLength(LABELLED_MAX + 10);
    const labelled = drawn.filter((g) => !g.unlabelled);
    // The same arc has a handful of spots: the first pairs take them, in order.
    expect(labelled.length).toBeGreaterThan(1);
    expect(labelled.length).toBeLessThan(10);
    expect(drawn.slice(0, labelled.length).every((g) => !g.unlabelled && g.labelOverBoxes)).toBe(true);
    expect(new Set(labelled.map((g) => `${g.labelX},${g.labelY}`)).size).toBe(labelled.length);
  });

  it('draws lost traffic as a loop on its node, and leaves out pairs whose node is not drawn', () => {
    const lostReport = analyzeFiles(cluster('', '{app: nothing}'), { kubernetesVersion: '1.34' });
    const lostLayout = layoutTopology({ nodes: lostReport.nodes, pods: lostReport.pods, compactPods: true });
    const lost = aggregateNodePairs(lostReport, 'default/web')!.pairs;
    const drawn = nodePairGeometry(lostLayout, lost, 1);
    expect(drawn.map((g) => g.source === g.target)).toEqual(lost.map(() => true));
    const away = { ...all.pairs[0]!, id: 'node-pair:a1>', to: '' };
    expect(nodePairGeometry(layout, [away], 1)).toEqual([]);
  });
});
