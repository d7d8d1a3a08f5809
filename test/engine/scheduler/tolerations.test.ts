import { describe, expect, it } from 'vitest';
import type { Taint, Toleration } from '../../../src/engine/model';
import {
  countIntolerablePreferNoSchedule,
  effectiveTaints,
  firstUntoleratedTaint,
  toleratesTaint,
} from '../../../src/engine/scheduler/tolerations';
import { node } from './fixtures';

const taint: Taint = { key: 'foo', value: 'bar', effect: 'NoSchedule' };

// The cases of k8s.io/api core/v1 toleration_test.go TestTolerationToleratesTaint, in our shape.
describe('toleratesTaint', () => {
  it.each<[string, Toleration, Taint, boolean]>([
    ['empty key and Exists tolerates every taint', { operator: 'Exists' }, taint, true],
    ['empty effect matches every effect', { key: 'foo', operator: 'Exists' }, { ...taint, effect: 'NoExecute' }, true],
    ['different effect does not match', { key: 'foo', operator: 'Exists', effect: 'NoExecute' }, taint, false],
    ['different key does not match', { key: 'other', operator: 'Exists' }, taint, false],
    ['Equal with the same value', { key: 'foo', operator: 'Equal', value: 'bar', effect: 'NoSchedule' }, taint, true],
    ['Equal with another value', { key: 'foo', operator: 'Equal', value: 'baz' }, taint, false],
    ['Equal without value against a taint without value', { key: 'foo', operator: 'Equal' }, { key: 'foo', effect: 'NoSchedule' }, true],
    ['Exists ignores the value', { key: 'foo', operator: 'Exists', effect: 'NoSchedule' }, taint, true],
  ])('%s', (_, toleration, t, expected) => {
    expect(toleratesTaint(toleration, t)).toBe(expected);
  });
});

describe('firstUntoleratedTaint', () => {
  const noExecute: Taint = { key: 'dedicated', effect: 'NoExecute' };
  const prefer: Taint = { key: 'soft', effect: 'PreferNoSchedule' };

  it('returns the first NoSchedule/NoExecute taint in node order that nothing tolerates', () => {
    expect(firstUntoleratedTaint([prefer, taint, noExecute], [])).toBe(taint);
    expect(firstUntoleratedTaint([prefer, taint, noExecute], [{ key: 'foo', operator: 'Exists' }])).toBe(noExecute);
    expect(firstUntoleratedTaint([prefer], [])).toBeUndefined();
  });

  it('treats not-ready and unreachable NoExecute taints as tolerated (DefaultTolerationSeconds)', () => {
    expect(firstUntoleratedTaint([{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }], [])).toBeUndefined();
    expect(firstUntoleratedTaint([{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }], [])).toBeUndefined();
    expect(firstUntoleratedTaint([{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }], [])?.key).toBe(
      'node.kubernetes.io/not-ready',
    );
  });
});

describe('countIntolerablePreferNoSchedule', () => {
  it('counts PreferNoSchedule taints not tolerated by PreferNoSchedule or effect-less tolerations', () => {
    const taints: Taint[] = [
      { key: 'a', effect: 'PreferNoSchedule' },
      { key: 'b', effect: 'PreferNoSchedule' },
      { key: 'c', effect: 'NoSchedule' },
    ];
    expect(countIntolerablePreferNoSchedule(taints, [])).toBe(2);
    expect(countIntolerablePreferNoSchedule(taints, [{ key: 'a', operator: 'Exists' }])).toBe(1);
    expect(countIntolerablePreferNoSchedule(taints, [{ key: 'a', operator: 'Exists', effect: 'NoSchedule' }])).toBe(2);
  });
});

describe('effectiveTaints', () => {
  it('adds node.kubernetes.io/not-ready:NoSchedule to a NotReady node, once', () => {
    expect(effectiveTaints(node('n'))).toEqual([]);
    expect(effectiveTaints(node('n', { ready: false }))).toEqual([{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }]);
    const already = node('n', { ready: false, taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }] });
    expect(effectiveTaints(already)).toHaveLength(1);
  });
});
