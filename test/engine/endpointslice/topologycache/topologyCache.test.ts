import { describe, expect, it } from 'vitest';
import { addHints } from '../../../../src/engine/endpointslice/topologycache/addHints';
import { TopologyCache } from '../../../../src/engine/endpointslice/topologycache/topologyCache';
import { ep, makeNode, slice, zoneHints } from '../fixtures';

const ratios = (o: Record<string, number>) => new Map(Object.entries(o));

// Ported from k8s.io/endpointslice topologycache/topologycache_test.go TestAddHints.
describe('addHints', () => {
  it('empty: no node info', () => {
    const result = addHints(undefined, [], 'IPv4');
    expect(result.events).toEqual([
      {
        type: 'Warning',
        reason: 'TopologyAwareHintsDisabled',
        message: 'Insufficient Node information: allocatable CPU or zone not specified on one or more nodes',
      },
    ]);
    expect(result.allocatedHintsByZone).toBeUndefined();
  });

  it('slice to create, no zone ratios', () => {
    const slices = [slice([ep('10.1.2.3', { zone: 'zone-a' })])];
    const result = addHints(undefined, slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['']]);
    expect(result.events[0]!.reason).toBe('TopologyAwareHintsDisabled');
  });

  it('slice to create with 2 endpoints, zone ratios require 3', () => {
    const slices = [slice([ep('10.1.2.3', { zone: 'zone-a', hintZones: ['zone-a'] }), ep('10.1.2.4', { zone: 'zone-b' })])];
    const result = addHints(ratios({ 'zone-a': 0.3, 'zone-b': 0.4, 'zone-c': 0.3 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['', '']]);
    expect(result.events).toEqual([
      { type: 'Warning', reason: 'TopologyAwareHintsDisabled', message: 'Insufficient number of endpoints (2 endpoints, 3 zones)' },
    ]);
    expect(result.trace.at(-1)!.message).toBe(
      'TopologyAwareHintsDisabled: Insufficient number of endpoints (2 endpoints, 3 zones), addressType: IPv4; every hint is removed and trafficDistribution is not consulted',
    );
  });

  it('slice to create with 2 endpoints, zone ratios only require 2', () => {
    const slices = [slice([ep('10.1.2.3', { zone: 'zone-a' }), ep('10.1.2.4', { zone: 'zone-b' })])];
    const result = addHints(ratios({ 'zone-a': 0.45, 'zone-b': 0.55 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['zone-a', 'zone-b']]);
    expect(Object.fromEntries(result.allocatedHintsByZone!)).toEqual({ 'zone-a': 1, 'zone-b': 1 });
    expect(result.events).toEqual([
      { type: 'Normal', reason: 'TopologyAwareHintsEnabled', message: 'Topology Aware Hints has been enabled' },
    ]);
  });

  it('slice to create with 2 ready, 1 unready, 1 unknown endpoints, zone ratios only require 2', () => {
    const slices = [
      slice([
        ep('10.1.2.3', { zone: 'zone-a' }),
        ep('10.1.2.4', { zone: 'zone-b' }),
        ep('10.1.2.5', { zone: 'zone-b', ready: false }),
        ep('10.1.2.6', { zone: 'zone-b', ready: null }),
      ]),
    ];
    const result = addHints(ratios({ 'zone-a': 0.45, 'zone-b': 0.55 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['zone-a', 'zone-b', '', '']]);
    expect(Object.fromEntries(result.allocatedHintsByZone!)).toEqual({ 'zone-a': 1, 'zone-b': 1 });
  });

  it('slices to create and update within 3 zone threshold', () => {
    const slices = [
      slice([ep('10.1.2.3', { zone: 'zone-a' }), ep('10.1.2.4', { zone: 'zone-b' })]),
      slice([ep('10.1.3.3', { zone: 'zone-c' }), ep('10.1.3.4', { zone: 'zone-c' }), ep('10.1.3.4', { zone: 'zone-a' })]),
      slice([ep('10.2.2.3', { zone: 'zone-a' }), ep('10.2.2.4', { zone: 'zone-a' })]),
      slice([ep('10.2.3.3', { zone: 'zone-b' }), ep('10.2.3.4', { zone: 'zone-c' }), ep('10.2.3.4', { zone: 'zone-a' })]),
    ];
    const result = addHints(ratios({ 'zone-a': 0.35, 'zone-b': 0.35, 'zone-c': 0.3 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([
      ['zone-b', 'zone-b'],
      ['zone-c', 'zone-c', 'zone-a'],
      ['zone-a', 'zone-a'],
      ['zone-b', 'zone-c', 'zone-a'],
    ]);
    expect(Object.fromEntries(result.allocatedHintsByZone!)).toEqual({ 'zone-a': 4, 'zone-b': 3, 'zone-c': 3 });
    const text = result.trace.map((s) => s.message).join('\n');
    expect(text).toContain('10 Ready endpoints (overload threshold 20%): zone-a desired 3.5, minimum 3, maximum 4');
    expect(text).toContain('zone-a 1 to give; zone-b 1 to receive');
    expect(text).toContain('hint moved: 10.1.2.3 (zone-a → zone-b)');
    expect(text).toContain('receiving zones are taken in name order');
  });

  it('a Ready endpoint without zone removes every hint', () => {
    const slices = [slice([ep('1', { zone: 'zone-a' }), ep('2'), ep('3', { zone: 'zone-b' }), ep('4', { zone: 'zone-b' })])];
    const result = addHints(ratios({ 'zone-a': 0.5, 'zone-b': 0.5 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['', '', '', '']]);
    expect(result.events[0]!.message).toBe('One or more endpoints do not have a zone specified');
  });

  it('an endpoint in a zone the cache does not count keeps its own-zone hint', () => {
    const slices = [
      slice([ep('1', { zone: 'zone-a' }), ep('2', { zone: 'zone-a' }), ep('3', { zone: 'zone-b' }), ep('4', { zone: 'zone-x' })]),
    ];
    const result = addHints(ratios({ 'zone-a': 0.5, 'zone-b': 0.5 }), slices, 'IPv4');
    expect(zoneHints(slices)).toEqual([['zone-a', 'zone-a', 'zone-b', 'zone-x']]);
    expect(result.trace.map((s) => s.message).join('\n')).toContain('zone-x has no Ready worker node counted by the topology cache');
  });
});

describe('TopologyCache', () => {
  it('SetNodes then AddHints: the trace starts with the node accounting', () => {
    const cache = new TopologyCache([
      makeNode('cp', { controlPlane: true }),
      makeNode('a', { zone: 'zone-a', cpu: 2000 }),
      makeNode('b', { zone: 'zone-b', cpu: 2000 }),
    ]);
    expect(cache.sufficientNodeInfo).toBe(true);
    expect(cache.getAllocations(4).allocations?.get('zone-a')).toEqual({ desired: 2, minimum: 2, maximum: 2 });
    const slices = [
      slice([ep('1', { zone: 'zone-a' }), ep('2', { zone: 'zone-a' }), ep('3', { zone: 'zone-a' }), ep('4', { zone: 'zone-b' })]),
    ];
    const result = cache.addHints(slices, 'IPv4');
    expect(result.trace[0]!.message).toBe('not counted: cp (control-plane node)');
    expect(result.trace[1]!.message).toBe(
      'allocatable CPU of Ready worker nodes per zone: zone-a 2000m CPU (ratio 0.500), zone-b 2000m CPU (ratio 0.500)',
    );
    expect(zoneHints(slices)).toEqual([['zone-b', 'zone-a', 'zone-a', 'zone-b']]);
  });

  it('setNodes replaces the accounting', () => {
    const cache = new TopologyCache();
    expect(cache.sufficientNodeInfo).toBe(false);
    cache.setNodes([makeNode('a', { zone: 'zone-a' }), makeNode('b', { zone: 'zone-b' })]);
    expect(cache.sufficientNodeInfo).toBe(true);
    expect(cache.describeNodes().map((s) => s.rule)).toEqual(['TopologyCache.SetNodes']);
  });
});
