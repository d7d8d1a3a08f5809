import { describe, expect, it } from 'vitest';
import { getGivingAndReceivingZones, getMost, redistributeHints } from '../../../../src/engine/endpointslice/topologycache/redistribute';
import { ep, slice } from '../fixtures';

const m = (o: Record<string, number>) => new Map(Object.entries(o));
const desired = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [k, { desired: v }]));

// Ported from k8s.io/endpointslice topologycache/utils_test.go Test_getGivingAndReceivingZones.
describe('getGivingAndReceivingZones', () => {
  const cases: [string, Record<string, number>, Record<string, number>, Record<string, number>, Record<string, number>][] = [
    ['empty', {}, {}, {}, {}],
    [
      'simple allocation with no need for rebalancing',
      { 'zone-a': 1.2, 'zone-b': 1.1, 'zone-c': 1.0 },
      { 'zone-a': 1, 'zone-b': 1, 'zone-c': 1 },
      {},
      {},
    ],
    [
      'preference for same zone even when giving an extra endpoint would result in slightly better distribution',
      { 'zone-a': 5.1, 'zone-b': 5.1, 'zone-c': 5.8 },
      { 'zone-a': 16 },
      { 'zone-a': 10 },
      { 'zone-b': 5, 'zone-c': 5 },
    ],
    [
      'when 2 zones need < 1 endpoint, give to zone that needs endpoint most',
      { 'zone-a': 5.0, 'zone-b': 5.6, 'zone-c': 5.4 },
      { 'zone-a': 16 },
      { 'zone-a': 11 },
      { 'zone-b': 6, 'zone-c': 5 },
    ],
    [
      'when 2 zones have extra endpoints, give from zone with most extra',
      { 'zone-a': 5.0, 'zone-b': 5.6, 'zone-c': 5.4 },
      { 'zone-b': 8, 'zone-c': 8 },
      { 'zone-b': 2, 'zone-c': 3 },
      { 'zone-a': 5 },
    ],
    [
      'ensure function can handle unexpected data (more allocated than allocations)',
      { 'zone-a': 5, 'zone-b': 5, 'zone-c': 5 },
      { 'zone-a': 6, 'zone-b': 6, 'zone-c': 6 },
      {},
      {},
    ],
    [
      'ensure function can handle unexpected data (negative allocations)',
      { 'zone-a': -5, 'zone-b': -5, 'zone-c': -5 },
      { 'zone-a': 6, 'zone-b': 6, 'zone-c': 6 },
      {},
      {},
    ],
    [
      'ensure function can handle unexpected data (negative allocated)',
      { 'zone-a': 5, 'zone-b': 5, 'zone-c': 5 },
      { 'zone-a': -4, 'zone-b': -3, 'zone-c': -2 },
      {},
      {},
    ],
    [
      'ensure function can handle unexpected data (negative for 1 zone)',
      { 'zone-a': 5, 'zone-b': 5, 'zone-c': 5 },
      { 'zone-a': -40, 'zone-b': 20, 'zone-c': 20 },
      { 'zone-b': 15, 'zone-c': 15 },
      { 'zone-a': 30 },
    ],
  ];
  for (const [name, allocations, allocated, giving, receiving] of cases) {
    it(name, () => {
      const [g, r] = getGivingAndReceivingZones(desired(allocations), m(allocated));
      expect(Object.fromEntries(g)).toEqual(giving);
      expect(Object.fromEntries(r)).toEqual(receiving);
    });
  }
});

describe('getMost', () => {
  it('takes the largest positive value, ties in zone-name order', () => {
    expect(getMost(m({ b: 2, a: 2, c: 1 }))).toEqual(['a', 2]);
    expect(getMost(m({ a: -1, b: 0 }))).toEqual(['', 0]);
  });
});

// Ported from k8s.io/endpointslice topologycache/utils_test.go Test_redistributeHints.
describe('redistributeHints', () => {
  it('empty', () => {
    expect(Object.fromEntries(redistributeHints([], m({}), m({})).redistributions)).toEqual({});
  });

  it('single endpoint', () => {
    const slices = [slice([ep('a', { zone: 'zone-a', hintZones: ['zone-a'] })])];
    const { redistributions } = redistributeHints(slices, m({ 'zone-a': 1 }), m({ 'zone-b': 1 }));
    expect(Object.fromEntries(redistributions)).toEqual({ 'zone-a': -1, 'zone-b': 1 });
    expect(slices[0]!.endpoints[0]!.hints).toEqual({ forZones: [{ name: 'zone-b' }] });
  });

  it('endpoints from 1 zone redistributed to 2 other zones (receivers in name order, donors in slice order)', () => {
    const slices = [slice(['1', '2', '3'].map((a) => ep(a, { zone: 'zone-a', hintZones: ['zone-a'] })))];
    const { redistributions, moves } = redistributeHints(slices, m({ 'zone-a': 2 }), m({ 'zone-c': 1, 'zone-b': 1 }));
    expect(Object.fromEntries(redistributions)).toEqual({ 'zone-a': -2, 'zone-b': 1, 'zone-c': 1 });
    expect(slices[0]!.endpoints.map((e) => e.hints!.forZones![0]!.name)).toEqual(['zone-b', 'zone-c', 'zone-a']);
    expect(moves.map((mv) => mv.endpoint)).toEqual([0, 1]);
  });

  it('skips endpoints that are not Ready', () => {
    const slices = [slice([ep('1', { zone: 'zone-a', ready: false }), ep('2', { zone: 'zone-a', hintZones: ['zone-a'] })])];
    redistributeHints(slices, m({ 'zone-a': 1 }), m({ 'zone-b': 1 }));
    expect(slices[0]!.endpoints[0]!.hints).toBeUndefined();
    expect(slices[0]!.endpoints[1]!.hints).toEqual({ forZones: [{ name: 'zone-b' }] });
  });
});
