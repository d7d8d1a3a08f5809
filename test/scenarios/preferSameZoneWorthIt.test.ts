/** Scenario 11's tour quotes the Compare panel's figures: they are the engine's, checked here. */
import { describe, expect, it } from 'vitest';
import { compareChoices, type PolicyComparison } from '../../src/engine';
import { findBuiltinScenario } from '../../src/scenarios/examples';

const scenario = findBuiltinScenario('prefersamezone-worth-it')!;

function compare(failure?: { kind: 'zone'; zone: string }): PolicyComparison {
  const result = compareChoices(scenario.files, { kubernetesVersion: scenario.kubernetesVersion }, failure ? { failure } : {});
  if ('problem' in result) throw new Error(result.problem);
  return result.comparison;
}

describe('Is PreferSameZone worth it? (the figures its tour quotes)', () => {
  const comparison = compare({ kind: 'zone', zone: 'zone-b' });
  const column = (id: string) => comparison.columns.find((c) => c.choice.id === id)!;

  it('unset: two thirds cross zones, about 5,782 GB and 115.63 USD a month at the assumed defaults, an even load', () => {
    const unset = column('unset');
    expect(unset.choice.current).toBe(true);
    expect(unset.figures.overall.crossZone).toBeCloseTo(2 / 3, 9);
    expect(unset.figures.overall.sameNode).toBeCloseTo(1 / 6, 9);
    expect(unset.figures.overall.sameZone).toBeCloseTo(1 / 6, 9);
    expect(unset.estimate.crossZoneGbPerMonth).toBeCloseTo(5781.6, 6);
    expect(unset.estimate.costPerMonth).toBeCloseTo(115.632, 6);
    expect(unset.figures.load.overloadFactor).toBeCloseTo(1, 9);
  });

  it('PreferSameZone: a third crosses (about 2,891 GB, 57.82 USD), web-b1 takes 5/12, ×1.67', () => {
    const zone = column('prefer-same-zone');
    expect(zone.figures.overall.crossZone).toBeCloseTo(1 / 3, 9);
    expect(zone.estimate.crossZoneGbPerMonth).toBeCloseTo(2890.8, 6);
    expect(zone.estimate.costPerMonth).toBeCloseTo(57.816, 6);
    expect(zone.figures.load.busiest?.pod).toBe('default/web-b1');
    expect(zone.figures.load.busiest?.share).toBeCloseTo(5 / 12, 9);
    expect(zone.figures.load.overloadFactor).toBeCloseTo(5 / 3, 9);
  });

  it('after zone-b’s outage nobody is dropped with PreferSameZone; Local drops client-c before and after', () => {
    const zone = column('prefer-same-zone').underFailure!;
    expect(zone.figures.offline).toEqual(['default/client-b']);
    expect(zone.figures.dropped).toEqual([]);
    const local = column('local');
    expect(local.figures.dropped).toEqual(['default/client-c']);
    expect(local.underFailure!.figures.dropped).toEqual(['default/client-c']);
  });
});
