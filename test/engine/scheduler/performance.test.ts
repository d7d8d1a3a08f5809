import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, deployment, node, pod, service } from './fixtures';

// Correctness and work done at scale; how long it takes is measured by `npm run bench`, never asserted here.
describe('scheduler at scale', () => {
  it('places a 30,000-replica Deployment on 1,000 nodes, spread evenly, each pod with its own IP', () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => node(`node-${i}`, { zone: `zone-${i % 3}` }));
    const c = cluster({ nodes, deployments: [deployment('web', 30000)], services: [service('web', { app: 'web' })] });
    const pods = schedulePods(c).pods;
    expect(pods).toHaveLength(30000);
    const perNode = new Map<string, number>();
    for (const p of pods) perNode.set(p.spec.nodeName!, (perNode.get(p.spec.nodeName!) ?? 0) + 1);
    expect(perNode.size).toBe(1000);
    expect(Math.max(...perNode.values()) - Math.min(...perNode.values())).toBeLessThanOrEqual(1);
    expect(new Set(pods.map((p) => p.status.podIPs[0])).size).toBe(30000);
  }, 60_000);

  it('passes 150,000 bound pods on 5,000 nodes through as given: no copy, no placement, no diagnostics', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => node(`node-${i}`, { zone: `zone-${i % 3}` }));
    const pods = Array.from({ length: 150000 }, (_, i) =>
      pod(`pod-${i}`, {
        nodeName: `node-${i % 5000}`,
        labels: { app: `app-${i % 10000}` },
        podIPs: [`10.${244 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`],
      }),
    );
    // Reading a bound pod's placement fields would mean the scheduler looked at it as a pod to place.
    let placementReads = 0;
    for (const p of pods) {
      const spec = p.spec;
      for (const field of ['nodeSelector', 'requiredNodeAffinity', 'tolerations', 'topologySpreadConstraints'] as const) {
        const value = spec[field];
        Object.defineProperty(spec, field, {
          enumerable: true,
          get: () => {
            placementReads++;
            return value;
          },
        });
      }
    }
    const out = schedulePods(cluster({ nodes, pods }));
    expect(out.diagnostics).toEqual([]);
    expect(out.pods).toHaveLength(150000);
    expect(out.pods.every((p, i) => p === pods[i])).toBe(true);
    expect(placementReads).toBe(0);
  }, 60_000);
});
