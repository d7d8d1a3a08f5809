import { expect, it } from 'vitest';
import { simulateCluster } from '../../../src/engine/events';
import { at, fourNodes } from './clusters';

it('scale-down removes pods doubled up on a node first, then not-ready ones before Ready ones', () => {
  // 5 replicas on 4 nodes: one node has two; scaling to 4 removes one of those two.
  const base = fourNodes(5);
  const start = simulateCluster(base, [], 0).cluster.pods.filter((p) => p.metadata.labels.app === 'web');
  const perNode = new Map<string, number>();
  for (const p of start) perNode.set(p.spec.nodeName!, (perNode.get(p.spec.nodeName!) ?? 0) + 1);
  const doubled = [...perNode].find(([, n]) => n === 2)![0];
  const scaled = simulateCluster(base, [at(0, { type: 'deployment.scale', deployment: 'web', replicas: 4 })], 0).cluster.pods;
  expect(scaled.filter((p) => p.metadata.deletionTimestamp).map((p) => p.spec.nodeName)).toEqual([doubled]);

  const lone = start.find((p) => perNode.get(p.spec.nodeName!) === 1)!;
  const withNotReady = simulateCluster(
    base,
    [
      at(0, { type: 'pod.notReady', pod: `default/${lone.metadata.name}` }),
      at(0, { type: 'deployment.scale', deployment: 'web', replicas: 4 }),
    ],
    0,
  ).cluster.pods;
  expect(withNotReady.filter((p) => p.metadata.deletionTimestamp).map((p) => p.metadata.name)).toEqual([lone.metadata.name]);
});
