import { describe, expect, it } from 'vitest';
import type { Node, Taint } from '../../../src/engine/model';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, node, pod, type PodOptions } from './fixtures';

const noSchedule = (key: string, value?: string): Taint => ({ key, ...(value ? { value } : {}), effect: 'NoSchedule' });

/** Where a single bare pod lands among `nodes` (undefined: Pending). */
function placeOne(nodes: Node[], options: PodOptions): string | undefined {
  const { pods } = schedulePods(cluster({ nodes, pods: [pod('p', options)] }));
  return pods[0]!.spec.nodeName;
}

describe('filters, one table row per plugin rule', () => {
  it.each<[string, Node[], PodOptions, string | undefined]>([
    [
      'nodeSelector picks the labelled node',
      [node('a', { zone: 'z1' }), node('b', { zone: 'z2' })],
      { nodeSelector: { 'topology.kubernetes.io/zone': 'z2' } },
      'b',
    ],
    [
      'nodeSelector matching nothing leaves the pod Pending',
      [node('a', { zone: 'z1' })],
      { nodeSelector: { 'topology.kubernetes.io/zone': 'z9' } },
      undefined,
    ],
    [
      'required affinity In',
      [node('a', { labels: { disk: 'hdd' } }), node('b', { labels: { disk: 'ssd' } })],
      { affinity: [{ matchExpressions: [{ key: 'disk', operator: 'In', values: ['ssd'] }] }] },
      'b',
    ],
    [
      'required affinity terms are ORed',
      [node('a', { labels: { disk: 'hdd' } }), node('b', { labels: { disk: 'ssd' } })],
      {
        affinity: [
          { matchExpressions: [{ key: 'disk', operator: 'In', values: ['nvme'] }] },
          { matchExpressions: [{ key: 'disk', operator: 'NotIn', values: ['ssd'] }] },
        ],
      },
      'a',
    ],
    [
      'affinity on kubernetes.io/hostname works without the label being written',
      [node('a'), node('b')],
      { affinity: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['b'] }] }] },
      'b',
    ],
    ['NoSchedule taint keeps the pod off', [node('a', { taints: [noSchedule('dedicated', 'gpu')] }), node('b')], {}, 'b'],
    ['NoExecute taint keeps the pod off', [node('a', { taints: [{ key: 'x', effect: 'NoExecute' }] }), node('b')], {}, 'b'],
    [
      'Equal toleration admits',
      [node('a', { taints: [noSchedule('dedicated', 'gpu')] })],
      { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu' }] },
      'a',
    ],
    [
      'Equal toleration with another value does not',
      [node('a', { taints: [noSchedule('dedicated', 'gpu')] })],
      { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'cpu' }] },
      undefined,
    ],
    [
      'empty key with Exists tolerates everything',
      [node('a', { taints: [noSchedule('x'), { key: 'y', effect: 'NoExecute' }] })],
      { tolerations: [{ operator: 'Exists' }] },
      'a',
    ],
    [
      'a toleration for another effect does not help',
      [node('a', { taints: [noSchedule('x')] })],
      { tolerations: [{ key: 'x', operator: 'Exists', effect: 'NoExecute' }] },
      undefined,
    ],
    ['PreferNoSchedule does not filter', [node('a', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] })], {}, 'a'],
    ['spec.unschedulable (cordon) keeps the pod off', [node('a', { unschedulable: true }), node('b')], {}, 'b'],
    [
      'tolerating node.kubernetes.io/unschedulable ignores the cordon',
      [node('a', { unschedulable: true })],
      { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] },
      'a',
    ],
    ['a NotReady node carries not-ready:NoSchedule', [node('a', { ready: false }), node('b')], {}, 'b'],
    [
      'tolerating not-ready admits to a NotReady node',
      [node('a', { ready: false })],
      { tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists' }] },
      'a',
    ],
  ])('%s', (_, nodes, options, expected) => {
    expect(placeOne(nodes, options)).toBe(expected);
  });
});

describe('pending reasons name the first failing plugin per node', () => {
  it.each<[string, Node, PodOptions, string]>([
    ['cordoned', node('a', { unschedulable: true, taints: [noSchedule('x')] }), {}, '1 node(s) were unschedulable'],
    [
      'tainted and not matching: the taint is checked first',
      node('a', { taints: [noSchedule('x', 'y')] }),
      { nodeSelector: { no: 'such' } },
      '1 node(s) had untolerated taint {x: y}',
    ],
    ['not matching', node('a'), { nodeSelector: { no: 'such' } }, "1 node(s) didn't match Pod's node affinity/selector"],
    ['NotReady', node('a', { ready: false }), {}, '1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }'],
  ])('%s', (_, n, options, reason) => {
    const { pods } = schedulePods(cluster({ nodes: [n], pods: [pod('p', options)], version: '1.33' }));
    expect(pods[0]!.pendingReason).toBe(
      `0/1 nodes are available: ${reason}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.`,
    );
  });
});
