import { describe, expect, it } from 'vitest';
import type { Node, Pod } from '../../../src/engine/model';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, node, pod } from './fixtures';

/** Where a new bare pod goes, next to pods already bound as given. */
function next(nodes: Node[], bound: Pod[]): string | undefined {
  const { pods } = schedulePods(cluster({ nodes, pods: [...bound, pod('new')] }));
  return pods.at(-1)!.spec.nodeName;
}

const boundTo = (nodeName: string, n: number, prefix = nodeName) =>
  Array.from({ length: n }, (_, i) => pod(`${prefix}-${i}`, { nodeName, podIPs: [`10.9.${prefix.length}.${i + 1}`] }));

describe('scores (NodeResourcesFit least allocated, TaintToleration, tie-breaks)', () => {
  it('prefers the node with fewer pods', () => {
    expect(next([node('a'), node('b')], boundTo('a', 2))).toBe('b');
    expect(next([node('a'), node('b')], boundTo('b', 1))).toBe('a');
  });

  it('weighs pods by allocatable CPU (each pod without requests counts 100m)', () => {
    // a: 1 pod on 2 CPUs → (2000-200)/2000 = 90; b: 2 pods on 8 CPUs → (8000-300)/8000 = 96.
    expect(next([node('a', { cpu: 2000 }), node('b', { cpu: 8000 })], [...boundTo('a', 1), ...boundTo('b', 2)])).toBe('b');
  });

  it('avoids intolerable PreferNoSchedule taints', () => {
    const nodes = [node('a', { taints: [{ key: 'spot', effect: 'PreferNoSchedule' }] }), node('b')];
    expect(next(nodes, boundTo('b', 3))).toBe('b');
  });

  it('breaks ties by fewer pods, then by node name', () => {
    expect(next([node('c'), node('b'), node('a')], [])).toBe('a');
    // Integer scores tie for a big node: 64 CPUs → 1 or 2 pods both score 99; the emptier node wins.
    expect(next([node('a', { cpu: 64000 }), node('b', { cpu: 64000 })], boundTo('a', 1))).toBe('b');
  });

  it('counts already-bound pods written after the pod being placed', () => {
    const { pods } = schedulePods(cluster({ nodes: [node('a'), node('b')], pods: [pod('new'), ...boundTo('a', 1)] }));
    expect(pods[0]!.spec.nodeName).toBe('b');
  });

  it('ignores terminated pods when counting load', () => {
    const done = boundTo('a', 3).map((p) => ({ ...p, status: { ...p.status, phase: 'Succeeded' as const } }));
    expect(next([node('a'), node('b')], [...done, ...boundTo('b', 1)])).toBe('a');
  });
});
