import { describe, expect, it } from 'vitest';
import { getAllocations } from '../../../../src/engine/endpointslice/topologycache/getAllocations';

const ratios = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('getAllocations', () => {
  it('refuses without node info', () => {
    expect(getAllocations(undefined, 10).event).toEqual({
      type: 'Warning',
      reason: 'TopologyAwareHintsDisabled',
      message: 'Insufficient Node information: allocatable CPU or zone not specified on one or more nodes',
    });
  });

  it('refuses with one zone', () => {
    expect(getAllocations(ratios({ a: 1 }), 10).event?.message).toBe('Nodes only ready in one zone');
  });

  it('refuses with more zones than endpoints, in the controller wording', () => {
    expect(getAllocations(ratios({ 'zone-a': 0.3, 'zone-b': 0.4, 'zone-c': 0.3 }), 2).event?.message).toBe(
      'Insufficient number of endpoints (2 endpoints, 3 zones)',
    );
  });

  it('refuses when the minimums exceed the endpoints (overload threshold 20%)', () => {
    // 0.9 × 3 = 2.7 → min ceil(2.25) = 3; 0.1 × 3 = 0.3 → min 1; 4 > 3.
    expect(getAllocations(ratios({ a: 0.9, b: 0.1 }), 3).event?.message).toBe(
      'Unable to allocate minimum required endpoints to each zone without exceeding overload threshold (3 endpoints, 2 zones)',
    );
  });

  it('computes desired, minimum and maximum', () => {
    const { allocations } = getAllocations(ratios({ 'zone-a': 0.5, 'zone-b': 0.45, 'zone-c': 0.05 }), 20);
    // desired 10, 9, 1; minimum ceil(8.33)=9, ceil(7.5)=8, ceil(0.83)=1; Σ = 18, spare 2.
    expect(Object.fromEntries(allocations!)).toEqual({
      'zone-a': { desired: 10, minimum: 9, maximum: 11 },
      'zone-b': { desired: 9, minimum: 8, maximum: 10 },
      'zone-c': { desired: 1, minimum: 1, maximum: 3 },
    });
  });

  it('desired is never below minimum', () => {
    const { allocations } = getAllocations(ratios({ a: 0.5, b: 0.5 }), 3);
    // 1.5 → minimum ceil(1.25) = 2, desired max(1.5, 2) = 2; Σ = 4 > 3 → refused.
    expect(allocations).toBeUndefined();
    const ok = getAllocations(ratios({ a: 0.5, b: 0.5 }), 4).allocations!;
    expect(ok.get('a')).toEqual({ desired: 2, minimum: 2, maximum: 2 });
  });
});
