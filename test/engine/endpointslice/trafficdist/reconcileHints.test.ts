import { describe, expect, it } from 'vitest';
import { reconcileHints, SharedHints } from '../../../../src/engine/endpointslice/trafficdist/reconcileHints';
import type { SliceEndpoint } from '../../../../src/engine/model';
import { ep, slice } from '../fixtures';

// Ported from k8s.io/endpointslice trafficdist/trafficdist_test.go TestReconcileHints (v0.33+) and
// its v0.30–v0.32 predecessor. Upstream splits slices into create/update/unchanged; the final
// hints are the same as applying the heuristic to all of them, which is what is checked here.

const eightEndpoints = (): SliceEndpoint[][] => [
  [ep('10.0.0.1', { zone: 'zone-a', node: 'node-1' }), ep('10.0.0.2', { zone: 'zone-b', node: 'node-2' })],
  [ep('10.0.0.3', { zone: 'zone-a', node: 'node-3' }), ep('10.0.0.4', { zone: 'zone-b', node: 'node-4' })],
  [ep('10.0.0.5', { zone: 'zone-a', node: 'node-5' }), ep('10.0.0.6', { zone: 'zone-a', node: 'node-6' })],
  [ep('10.0.0.7', { zone: 'zone-b', node: 'node-7' }), ep('10.0.0.8', { zone: 'zone-c', node: 'node-8' })],
];
const hintsOf = (slices: ReturnType<typeof slice>[]) => slices.map((s) => s.endpoints.map((e) => e.hints));

describe('reconcileHints, k8s.io/endpointslice v0.33+ (1.33–1.36)', () => {
  for (const value of ['PreferClose', 'PreferSameZone']) {
    it(`should set zone hints with ${value}`, () => {
      const slices = eightEndpoints().map((e) => slice(e));
      reconcileHints(value, slices, '1.34');
      expect(hintsOf(slices)).toEqual(eightEndpoints().map((s) => s.map((e) => ({ forZones: [{ name: e.zone }] }))));
    });
  }

  it("shares a zone's hints object between the slices given one SharedHints, and only those", () => {
    const shared = new SharedHints();
    const [a, b, c] = [slice(eightEndpoints()[0]!), slice(eightEndpoints()[1]!), slice(eightEndpoints()[2]!)];
    reconcileHints('PreferClose', [a], '1.34', shared);
    reconcileHints('PreferClose', [b], '1.34', shared);
    reconcileHints('PreferClose', [c], '1.34');
    expect(b.endpoints[0]!.hints).toBe(a.endpoints[0]!.hints); // zone-a
    expect(b.endpoints[1]!.hints).toBe(a.endpoints[1]!.hints); // zone-b
    expect(c.endpoints[0]!.hints).not.toBe(a.endpoints[0]!.hints);
    expect(c.endpoints[0]!.hints).toEqual(a.endpoints[0]!.hints);
    expect(Object.isFrozen(a.endpoints[0]!.hints)).toBe(true);
  });

  it('should set zone and node hints with PreferSameNode', () => {
    const slices = eightEndpoints().map((e) => slice(e));
    const trace = reconcileHints('PreferSameNode', slices, '1.34');
    expect(hintsOf(slices)).toEqual(
      eightEndpoints().map((s) => s.map((e) => ({ forZones: [{ name: e.zone }], forNodes: [{ name: e.nodeName }] }))),
    );
    expect(trace[0]!.message).toBe('PreferSameNode: each Ready endpoint gets forNodes [its node] and forZones [its zone]');
  });

  it('should correct incorrect hints with PreferClose', () => {
    const slices = [
      slice([ep('10.0.0.1', { zone: 'zone-a', node: 'node-1', hintZones: ['zone-b'] })]),
      slice([ep('10.0.0.2', { zone: 'zone-b', node: 'node-2', hintZones: ['zone-c'] })]),
      slice([ep('10.0.0.3', { zone: 'zone-c', node: 'node-3' })]),
    ];
    reconcileHints('PreferClose', slices, '1.33');
    expect(hintsOf(slices)).toEqual([
      [{ forZones: [{ name: 'zone-a' }] }],
      [{ forZones: [{ name: 'zone-b' }] }],
      [{ forZones: [{ name: 'zone-c' }] }],
    ]);
  });

  it('should not create hints with PreferClose if there are no zones', () => {
    const slices = [slice([ep('10.0.0.1', { node: 'node-1' }), ep('10.0.0.2', { node: 'node-2' })])];
    const trace = reconcileHints('PreferClose', slices, '1.33');
    expect(hintsOf(slices)).toEqual([[undefined, undefined]]);
    expect(trace.map((s) => s.message).join('\n')).toContain('no dummy "" zone hints since 1.33');
  });

  it('should create only node hints with PreferSameNode if there are no zones', () => {
    const slices = [slice([ep('10.0.0.1', { node: 'node-1' }), ep('10.0.0.2', { node: 'node-2' })])];
    reconcileHints('PreferSameNode', slices, '1.35');
    expect(hintsOf(slices)).toEqual([[{ forNodes: [{ name: 'node-1' }] }, { forNodes: [{ name: 'node-2' }] }]]);
  });

  it('unready endpoints get no hints', () => {
    const slices = [
      slice([ep('10.0.0.2', { zone: 'zone-b', node: 'node-2', ready: false }), ep('10.0.0.3', { zone: 'zone-b', ready: null })]),
    ];
    const trace = reconcileHints('PreferClose', slices, '1.34');
    expect(hintsOf(slices)).toEqual([[undefined, undefined]]);
    expect(trace[1]!.message).toBe('endpoints 10.0.0.2 and 10.0.0.3 are not Ready, so they get no hints');
  });

  for (const value of ['Unknown', undefined]) {
    it(`should remove hints when trafficDistribution is ${value ?? 'unset'}`, () => {
      const slices = [
        slice([
          ep('10.0.0.1', { zone: 'zone-a', hintZones: ['zone-a'] }),
          ep('10.0.0.2', { zone: 'zone-b', hintZones: ['zone-b'], ready: false }),
        ]),
      ];
      reconcileHints(value, slices, '1.34');
      expect(hintsOf(slices)).toEqual([[undefined, undefined]]);
    });
  }
});

describe('reconcileHints, k8s.io/endpointslice v0.30–v0.32 (1.30–1.32)', () => {
  it('should set same zone hints', () => {
    const slices = eightEndpoints().map((e) => slice(e));
    reconcileHints('PreferClose', slices, '1.31');
    expect(hintsOf(slices)).toEqual(eightEndpoints().map((s) => s.map((e) => ({ forZones: [{ name: e.zone }] }))));
  });

  it('an endpoint without zone gets the dummy "" zone hint', () => {
    const slices = [slice([ep('10.0.0.1', { node: 'node-1' }), ep('10.0.0.2', { zone: 'zone-a', node: 'node-2' })])];
    const trace = reconcileHints('PreferClose', slices, '1.32');
    expect(hintsOf(slices)).toEqual([[{ forZones: [{ name: '' }] }, { forZones: [{ name: 'zone-a' }] }]]);
    expect(trace.map((s) => s.message).join('\n')).toContain('the dummy zone hint ""');
  });

  it('incorrect hints should be corrected', () => {
    const slices = [slice([ep('10.0.0.1', { zone: 'zone-a', hintZones: ['zone-b', 'zone-c'] })])];
    reconcileHints('PreferClose', slices, '1.30');
    expect(hintsOf(slices)).toEqual([[{ forZones: [{ name: 'zone-a' }] }]]);
  });

  it('PreferSameNode is not known before 1.33, so hints are removed', () => {
    const slices = [slice([ep('10.0.0.1', { zone: 'zone-a', node: 'n', hintZones: ['zone-a'] })])];
    reconcileHints('PreferSameNode', slices, '1.32');
    expect(hintsOf(slices)).toEqual([[undefined]]);
  });

  for (const value of ['', undefined]) {
    it(`trafficDistribution=${JSON.stringify(value) ?? 'nil'} should remove zone hints`, () => {
      const slices = [slice([ep('10.0.0.1', { zone: 'zone-a', hintZones: ['zone-a'] })])];
      reconcileHints(value, slices, '1.31');
      expect(hintsOf(slices)).toEqual([[undefined]]);
    });
  }
});
