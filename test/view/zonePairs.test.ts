/** Zone-pair edges of a large cluster zoomed out: summed from a real analysis's routes, and where they are drawn. */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { layoutTopology } from '../../src/view/layout';
import { aggregateZonePairs, zonePairAriaLabel, zonePairKey } from '../../src/view/zonePairs';
import { zonePairGeometry } from '../../src/view/zonePairGeometry';
import { node, pod, service } from './zonedManifests';

// zone-a: a1 (web-1, shopper-1, shopper-2); zone-b: b1 (web-2), b2 (shopper-3).
const cluster = (extra: string) => [
  {
    name: 'cluster.yaml',
    text: [
      node('a1', 'zone-a'),
      node('b1', 'zone-b'),
      node('b2', 'zone-b'),
      pod('web-1', 'a1', '{app: web}'),
      pod('web-2', 'b1', '{app: web}'),
      pod('shopper-1', 'a1', '{role: client}'),
      pod('shopper-2', 'a1', '{role: client}'),
      pod('shopper-3', 'b2', '{role: client}'),
      service('web', '{app: web}', extra),
    ].join('---\n'),
  },
];

const byKey = (pairs: NonNullable<ReturnType<typeof aggregateZonePairs>>) =>
  Object.fromEntries(pairs.pairs.map((p) => [zonePairKey(p.from, p.to, p.verdict), p]));

describe('aggregateZonePairs', () => {
  it('spreads each zone’s clients over both zones when kube-proxy spreads them evenly', () => {
    const report = analyzeFiles(cluster(''), { kubernetesVersion: '1.34' });
    const all = aggregateZonePairs(report, 'default/web')!;
    expect(all.clients).toBe(3);
    const pairs = byKey(all);
    expect(Object.keys(pairs).sort()).toEqual(['zone-a>zone-a', 'zone-a>zone-b', 'zone-b>zone-a', 'zone-b>zone-b']);
    // Two of three clients in zone-a, each sending half to each zone: 2 × 0.5 / 3.
    expect(pairs['zone-a>zone-b']!.share).toBeCloseTo(1 / 3);
    expect(pairs['zone-a>zone-b']!.fromShare).toBeCloseTo(0.5);
    expect(pairs['zone-a>zone-b']!.clients).toBe(2);
    expect(pairs['zone-a>zone-b']!.endpoints).toBe(1);
    expect(pairs['zone-a>zone-b']!.locality).toBe('cross-zone');
    expect(pairs['zone-a>zone-a']!.locality).toBe('same-zone');
    expect(pairs['zone-b>zone-b']!.share).toBeCloseTo(1 / 6);
    expect(all.pairs.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
    expect(all.pairs[0]!.share).toBeGreaterThanOrEqual(all.pairs.at(-1)!.share);
    expect(pairs['zone-a>zone-b']!.reasons[0]!.clients).toBe(2);
    expect(pairs['zone-a>zone-b']!.reasons[0]!.message).not.toBe('');
  });

  it('keeps each zone’s traffic home under PreferSameZone, as the engine routes it', () => {
    const report = analyzeFiles(cluster('  trafficDistribution: PreferSameZone\n'), { kubernetesVersion: '1.34' });
    const pairs = byKey(aggregateZonePairs(report, 'default/web')!);
    expect(Object.keys(pairs).sort()).toEqual(['zone-a>zone-a', 'zone-b>zone-b']);
    expect(pairs['zone-a>zone-a']!.share).toBeCloseTo(2 / 3);
    expect(pairs['zone-a>zone-a']!.label).toBe('66.7%');
    expect(zonePairAriaLabel(pairs['zone-b>zone-b']!, 'default/web')).toBe("zone-b → zone-b: 33.3% of default/web's traffic");
  });

  it('counts traffic kube-proxy refuses as lost in the source zone', () => {
    const report = analyzeFiles(
      cluster('').map((f) => ({ ...f, text: f.text.replace('selector: {app: web}', 'selector: {app: nothing}') })),
      {
        kubernetesVersion: '1.34',
      },
    );
    const all = aggregateZonePairs(report, 'default/web')!;
    expect(all.pairs.every((p) => p.verdict !== 'forward')).toBe(true);
    const lost = all.pairs.find((p) => p.from === 'zone-a')!;
    expect(lost.to).toBe('zone-a');
    // The web pods no Service selects now are clients too: zone-a holds 3 of the 5.
    expect(all.clients).toBe(5);
    expect(lost.share).toBeCloseTo(3 / 5);
    expect(lost.fromShare).toBeCloseTo(1);
    expect(lost.label).toMatch(/^60% (dropped|rejected)$/);
  });

  it('has nothing to aggregate without a Service or a client', () => {
    const report = analyzeFiles(cluster(''), { kubernetesVersion: '1.34' });
    expect(aggregateZonePairs(report, null)).toBeNull();
    expect(aggregateZonePairs(report, 'default/missing')).toBeNull();
  });
});

describe('zonePairGeometry', () => {
  const report = analyzeFiles(cluster(''), { kubernetesVersion: '1.34' });
  const layout = layoutTopology({ nodes: report.nodes, pods: report.pods, compactPods: true });
  const all = aggregateZonePairs(report, 'default/web')!;
  const geometry = zonePairGeometry(layout, all.pairs);
  const zone = (name: string) => layout.boxes.find((b) => b.id === `zone:${name}`)!;

  it('draws one edge per pair between the zone boxes, thicker for a larger share', () => {
    expect(geometry.map((g) => [g.source, g.target]).sort()).toEqual([
      ['zone:zone-a', 'zone:zone-a'],
      ['zone:zone-a', 'zone:zone-b'],
      ['zone:zone-b', 'zone:zone-a'],
      ['zone:zone-b', 'zone:zone-b'],
    ]);
    const ab = geometry.find((g) => g.id === 'zone-pair:zone-a>zone-b')!;
    const bb = geometry.find((g) => g.id === 'zone-pair:zone-b>zone-b')!;
    expect(ab.strokeWidth).toBeGreaterThan(bb.strokeWidth);
  });

  it('keeps a pair and its reverse apart, and loops in-zone traffic above its zone', () => {
    const a = zone('zone-a');
    const b = zone('zone-b');
    const [left, right] = a.x < b.x ? ['zone-a', 'zone-b'] : ['zone-b', 'zone-a'];
    const over = geometry.find((g) => g.id === `zone-pair:${left}>${right}`)!;
    const under = geometry.find((g) => g.id === `zone-pair:${right}>${left}`)!;
    if (Math.abs(a.x - b.x) >= Math.abs(a.y - b.y)) {
      expect(over.labelY).toBeLessThan(Math.min(a.y, b.y));
      expect(under.labelY).toBeGreaterThan(Math.max(a.y + a.height, b.y + b.height));
    } else {
      // Stacked zones: down along the right side, up along the left.
      const [top, bottom] = a.y < b.y ? ['zone-a', 'zone-b'] : ['zone-b', 'zone-a'];
      const down = geometry.find((g) => g.id === `zone-pair:${top}>${bottom}`)!;
      const up = geometry.find((g) => g.id === `zone-pair:${bottom}>${top}`)!;
      expect(down.labelX).toBeGreaterThan(Math.max(a.x + a.width, b.x + b.width));
      expect(up.labelX).toBeLessThan(Math.min(a.x, b.x));
    }
    expect(over.path).not.toBe(under.path);
    const loop = geometry.find((g) => g.id === 'zone-pair:zone-a>zone-a')!;
    expect(loop.labelY).toBeLessThan(a.y);
    expect(loop.labelX).toBeGreaterThan(a.x);
    expect(loop.labelX).toBeLessThan(a.x + a.width);
  });
});
