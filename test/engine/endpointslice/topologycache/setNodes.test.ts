import { describe, expect, it } from 'vitest';
import { setNodes } from '../../../../src/engine/endpointslice/topologycache/setNodes';
import { makeNode } from '../fixtures';

// Ported from k8s.io/endpointslice topologycache/topologycache_test.go TestSetNodes.
describe('setNodes', () => {
  type N = { zone?: string; cpu: number; ready?: boolean; controlPlane?: boolean };
  const cases: [string, N[], Record<string, number> | undefined, Record<string, number> | undefined][] = [
    ['empty', [], undefined, undefined],
    ['single node', [{ zone: 'zone-a', cpu: 1000 }], undefined, undefined],
    [
      'single zone',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-a', cpu: 1000 },
      ],
      undefined,
      undefined,
    ],
    [
      '2 zones',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000 },
      ],
      { 'zone-a': 1000, 'zone-b': 1000 },
      { 'zone-a': 0.5, 'zone-b': 0.5 },
    ],
    [
      '2 zones, unready node in 1, ready node in 1',
      [
        { zone: 'zone-a', cpu: 1000, ready: false },
        { zone: 'zone-b', cpu: 1000 },
      ],
      undefined,
      undefined,
    ],
    [
      '2 zones, control plane node in 1, ready node in 1',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000, controlPlane: true },
      ],
      undefined,
      undefined,
    ],
    [
      '2 zones, unready node in 1, ready node in 2',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000, ready: false },
      ],
      { 'zone-a': 1000, 'zone-b': 1000 },
      { 'zone-a': 0.5, 'zone-b': 0.5 },
    ],
    [
      '2 zones, control plane node in 1, ready node in 2',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000 },
        { zone: 'zone-b', cpu: 1000, controlPlane: true },
      ],
      { 'zone-a': 1000, 'zone-b': 1000 },
      { 'zone-a': 0.5, 'zone-b': 0.5 },
    ],
    [
      '3 zones, 4 nodes in 1, 2 nodes in 1, 1 node in 1',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-a', cpu: 2000 },
        { zone: 'zone-b', cpu: 3000 },
        { zone: 'zone-b', cpu: 1500 },
        { zone: 'zone-c', cpu: 500 },
      ],
      { 'zone-a': 5000, 'zone-b': 4500, 'zone-c': 500 },
      { 'zone-a': 0.5, 'zone-b': 0.45, 'zone-c': 0.05 },
    ],
    [
      'a counted node without zone makes it insufficient',
      [{ zone: 'zone-a', cpu: 1000 }, { zone: 'zone-b', cpu: 1000 }, { cpu: 1000 }],
      undefined,
      undefined,
    ],
    [
      'a counted node without CPU makes it insufficient',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 0 },
      ],
      undefined,
      undefined,
    ],
    [
      'a zone-less control-plane node is simply skipped',
      [
        { zone: 'zone-a', cpu: 1000 },
        { zone: 'zone-b', cpu: 3000 },
        { cpu: 1000, controlPlane: true },
      ],
      { 'zone-a': 1000, 'zone-b': 3000 },
      { 'zone-a': 0.25, 'zone-b': 0.75 },
    ],
  ];
  for (const [name, nodes, cpu, ratios] of cases) {
    it(name, () => {
      const topology = setNodes(nodes.map((n, i) => makeNode(`node-${i}`, n)));
      expect(topology.sufficientNodeInfo).toBe(ratios !== undefined);
      expect(topology.cpuByZone && Object.fromEntries(topology.cpuByZone)).toEqual(cpu);
      expect(topology.cpuRatiosByZone && Object.fromEntries(topology.cpuRatiosByZone)).toEqual(ratios);
    });
  }

  it('names the node that makes the information insufficient, and the excluded nodes', () => {
    const topology = setNodes([
      makeNode('cp', { controlPlane: true }),
      makeNode('down', { zone: 'zone-a', ready: false }),
      makeNode('w1', { zone: 'zone-a' }),
      makeNode('w2'),
    ]);
    expect(topology.insufficientReason).toBe('node w2 has no topology.kubernetes.io/zone label');
    expect(topology.excluded).toEqual([
      { node: 'cp', reason: 'control-plane node' },
      { node: 'down', reason: 'not Ready' },
    ]);
    expect(setNodes([makeNode('a', { zone: 'z' })]).insufficientReason).toBe('Ready worker nodes are in one zone only (z)');
  });
});
