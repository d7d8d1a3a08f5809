import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/engine/model';
import { matchesLabelSelector, matchesSelector, PodIndex } from '../../src/engine/selectors';

function pod(namespace: string, name: string, labels: Record<string, string>): Pod {
  return { metadata: { namespace, name, labels, annotations: {} } } as unknown as Pod;
}

const pods = [
  pod('default', 'web-1', { app: 'web', tier: 'front' }),
  pod('default', 'api-1', { app: 'api' }),
  pod('shop', 'web-2', { app: 'web', tier: 'front' }),
  pod('default', 'web-3', { app: 'web', tier: 'back' }),
  pod('default', 'bare', {}),
];
const names = (list: readonly Pod[]) => list.map((p) => p.metadata.name);

describe('PodIndex.select', () => {
  const index = new PodIndex(pods);

  it('answers a one-pair selector within the namespace, in input order', () => {
    expect(names(index.select('default', { app: 'web' }))).toEqual(['web-1', 'web-3']);
    expect(names(index.select('shop', { app: 'web' }))).toEqual(['web-2']);
  });

  it('ANDs every pair of a larger selector', () => {
    expect(names(index.select('default', { app: 'web', tier: 'back' }))).toEqual(['web-3']);
    expect(names(index.select('default', { tier: 'front', app: 'api' }))).toEqual([]);
  });

  it('selects every pod of the namespace with an empty selector, and none of an unknown namespace or value', () => {
    expect(names(index.select('default', {}))).toEqual(['web-1', 'api-1', 'web-3', 'bare']);
    expect(index.select('other', { app: 'web' })).toEqual([]);
    expect(index.select('default', { app: 'db' })).toEqual([]);
  });

  it('returns a list the caller may change without changing the index', () => {
    index.select('default', { app: 'web' }).pop();
    index.select('default', {}).length = 0;
    expect(names(index.select('default', { app: 'web' }))).toEqual(['web-1', 'web-3']);
    expect(index.select('default', {})).toHaveLength(4);
  });

  it('agrees with matchesSelector on every pod', () => {
    const selectors: Record<string, string>[] = [{ app: 'web' }, { tier: 'front' }, { app: 'web', tier: 'front' }, {}];
    for (const selector of selectors) {
      for (const ns of ['default', 'shop']) {
        const expected = pods.filter((p) => p.metadata.namespace === ns && matchesSelector(p.metadata.labels, selector));
        expect(index.select(ns, selector)).toEqual(expected);
      }
    }
  });

  it('is built once per pod list', () => {
    expect(PodIndex.of(pods)).toBe(PodIndex.of(pods));
  });
});

describe('matchesLabelSelector', () => {
  it('ANDs matchLabels and matchExpressions', () => {
    const labels = { app: 'web', tier: 'front' };
    expect(
      matchesLabelSelector(labels, { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }] }),
    ).toBe(true);
    expect(
      matchesLabelSelector(labels, { matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }),
    ).toBe(false);
    expect(
      matchesLabelSelector(labels, { matchLabels: {}, matchExpressions: [{ key: 'zone', operator: 'DoesNotExist', values: [] }] }),
    ).toBe(true);
    expect(matchesLabelSelector(labels, { matchLabels: { app: 'api' }, matchExpressions: [] })).toBe(false);
  });
});

describe('PodIndex.selectPositions', () => {
  it('gives the positions of what select gives, ascending', () => {
    const index = new PodIndex(pods);
    expect(index.selectPositions('default', { app: 'web' })).toEqual([0, 3]);
    expect(index.selectPositions('default', { app: 'web', tier: 'back' })).toEqual([3]);
    expect(index.selectPositions('default', {})).toEqual([0, 1, 3, 4]);
    expect(index.selectPositions('nowhere', {})).toEqual([]);
  });
});
