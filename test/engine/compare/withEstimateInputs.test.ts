/** New estimate inputs re-price a comparison without new analyses: the same as comparing with those inputs. */
import { describe, expect, it } from 'vitest';
import { compareChoices, withEstimateInputs, type PolicyComparison } from '../../../src/engine';
import { THREE_ZONES } from './threeZones';

const comparison = (estimate = {}): PolicyComparison => {
  const result = compareChoices(THREE_ZONES, { kubernetesVersion: '1.34' }, { failure: { kind: 'zone', zone: 'zone-b' }, estimate });
  if ('problem' in result) throw new Error(result.problem);
  return result.comparison;
};

describe('withEstimateInputs', () => {
  it('gives what compareChoices gives with the new inputs, the failure columns included', () => {
    const inputs = { pricePerGb: 0.01, requestsPerSecondPerClient: 250, latencyMs: { sameNode: 0.1, sameZone: 0.5, crossZone: 2 } };
    const repriced = withEstimateInputs(comparison(), inputs);
    expect(repriced).toEqual(comparison(inputs));
    // Only cross-zone bytes are priced; after zone-b's outage client-b sends nothing, so two clients' requests are counted.
    const unset = repriced.columns.find((c) => c.choice.id === 'unset')!;
    expect(unset.estimate.costPerMonth).toBeCloseTo(unset.estimate.crossZoneGbPerMonth * 0.01, 9);
    expect(unset.underFailure?.estimate.requestsPerMonth).toBe(2 * 250 * 730 * 3600);
  });

  it('replaces bad inputs by the defaults, as compareChoices does', () => {
    expect(withEstimateInputs(comparison(), { pricePerGb: -1 }).estimateInputs.pricePerGb).toBe(0.02);
  });
});
