/** Zone summaries of a large cluster zoomed out, from a real analysis; levels of detail; search. */
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { summarizeAreas } from '../../src/view/clusterSummary';
import { detailLevelAt, isLargeCluster, zoomFor } from '../../src/view/detailLevel';
import { findByName } from '../../src/view/findByName';
import { node, pod } from './zonedManifests';

// zone-a: a1 (web-1, client), a2, a3; zone-b: b1 (web-2), b2. PreferSameZone keeps each zone's traffic home.
const files = [
  {
    name: 'cluster.yaml',
    text: [
      node('a1', 'zone-a'),
      node('a2', 'zone-a'),
      node('a3', 'zone-a'),
      node('b1', 'zone-b'),
      node('b2', 'zone-b'),
      pod('web-1', 'a1', '{app: web}'),
      pod('web-2', 'b1', '{app: web}'),
      pod('shopper', 'a1', '{role: client}'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  trafficDistribution: PreferSameZone\n  ports:\n    - port: 80\n',
    ].join('---\n'),
  },
];

describe('summarizeAreas', () => {
  const report = analyzeFiles(files, { kubernetesVersion: '1.34' });
  const areas = summarizeAreas(report, 'default/web');

  it('counts each zone’s nodes, pods and clients', () => {
    const a = areas.get('zone:zone-a')!;
    const b = areas.get('zone:zone-b')!;
    expect([a.nodes, a.pods, a.clients]).toEqual([3, 2, 1]);
    expect([b.nodes, b.pods, b.clients]).toEqual([2, 1, 0]);
  });

  it('groups every node into the engine’s classes for the drawn port, each with kube-proxy’s answer', () => {
    const a = areas.get('zone:zone-a')!;
    expect(a.classes.reduce((n, c) => n + c.nodes, 0)).toBe(3);
    for (const cls of a.classes) expect(cls.summary).toBe('1 endpoint: 100% same zone');
    expect(a.classes.some((c) => c.members.has('a1'))).toBe(true);
    const b = areas.get('zone:zone-b')!;
    expect(b.classes.reduce((n, c) => n + c.nodes, 0)).toBe(2);
    expect(b.classes.every((c) => c.verdict === 'forward')).toBe(true);
  });

  it('says where each zone’s clients send traffic', () => {
    expect(areas.get('zone:zone-a')!.routes).toEqual([{ zone: 'zone-a', share: 1 }]);
    expect(areas.get('zone:zone-b')!.routes).toEqual([]);
  });

  it('groups nodes without a view of the drawn Service as such', () => {
    const none = summarizeAreas(report, null).get('zone:zone-b')!;
    expect(none.classes).toHaveLength(1);
    expect(none.classes[0]).toMatchObject({ nodes: 2, first: 'b1', verdict: null, summary: 'no Service drawn' });
  });
});

describe('levels of detail', () => {
  it('applies to clusters past 250 nodes or 5,000 pods only', () => {
    expect(isLargeCluster(6, 12)).toBe(false);
    expect(isLargeCluster(200, 2_000)).toBe(false);
    expect(isLargeCluster(251, 10)).toBe(true);
    expect(isLargeCluster(3, 5_001)).toBe(true);
  });

  it('goes classes → nodes → pods as the zoom grows, and search zooms far enough', () => {
    expect([0.05, 0.4, 1].map((z) => detailLevelAt(z, 780))).toEqual(['classes', 'nodes', 'pods']);
    expect(detailLevelAt(zoomFor('nodes', 780), 780)).toBe('nodes');
    expect(detailLevelAt(zoomFor('pods', 780), 780)).toBe('pods');
  });
});

describe('findByName', () => {
  const nodes = [{ name: 'node-1' }, { name: 'node-17' }];
  const pods = [
    { key: 'shop/web-17', name: 'web-17' },
    { key: 'default/client', name: 'client' },
  ];
  it('prefers exact names, then nodes, then pods containing the query', () => {
    expect(findByName(nodes, pods, 'node-1')).toEqual({ kind: 'node', id: 'node-1' });
    expect(findByName(nodes, pods, ' CLIENT ')).toEqual({ kind: 'pod', id: 'default/client' });
    expect(findByName(nodes, pods, 'shop/web-17')).toEqual({ kind: 'pod', id: 'shop/web-17' });
    expect(findByName(nodes, pods, '17')).toEqual({ kind: 'node', id: 'node-17' });
    expect(findByName(nodes, pods, 'web')).toEqual({ kind: 'pod', id: 'shop/web-17' });
    expect(findByName(nodes, pods, 'nothing')).toBeNull();
    expect(findByName(nodes, pods, '  ')).toBeNull();
  });
});
