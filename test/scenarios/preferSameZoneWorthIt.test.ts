/** Scenario 11's tour quotes the Compare panel's figures: they are the engine's, checked here. */
import { describe, expect, it } from 'vitest';
import { compareChoices, formatShare, shortObjectKey, type LocalityShares, type PolicyComparison } from '../../src/engine';
import { formatOverload, formatUsd } from '../../src/format/compareFigures';
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

describe('Is PreferSameZone worth it? (the tour’s words are the panel’s figures)', () => {
  const comparison = compare({ kind: 'zone', zone: 'zone-b' });
  const column = (id: string) => comparison.columns.find((c) => c.choice.id === id)!;
  const step = (i: number) => `${scenario.tour[i]!.text} ${scenario.tour[i]!.observe}`;
  // The tour rounds GB to whole numbers and writes costs in USD; the panel shows them to a tenth and in $.
  const gb = (value: number) => `${Math.round(value).toLocaleString('en-US')} GB`;
  const usd = (value: number) => formatUsd(value).slice(1) + ' USD';
  const shares = (s: LocalityShares) => [s.sameNode, s.sameZone, s.crossZone].map(formatShare).join(' / ');

  it('step 1 quotes the unset column: its shares, GB, cost and load', () => {
    const unset = column('unset');
    expect(step(0)).toContain(shares(unset.figures.overall));
    expect(step(0)).toContain(gb(unset.estimate.crossZoneGbPerMonth));
    expect(step(0)).toContain(usd(unset.estimate.costPerMonth));
    expect(step(0)).toContain(formatOverload(unset.figures.load));
  });

  it('step 2 quotes the PreferSameZone column: GB, cost, the busiest endpoint and its load', () => {
    const zone = column('prefer-same-zone');
    expect(step(1)).toContain(gb(zone.estimate.crossZoneGbPerMonth));
    expect(step(1)).toContain(usd(zone.estimate.costPerMonth));
    expect(step(1)).toContain(formatOverload(zone.figures.load));
    expect(step(1)).toContain(shortObjectKey(zone.figures.load.busiest!.pod));
  });

  it('step 3 says what the failure column shows: client-b offline, client-c on the three zone-a pods, Local drops client-c', () => {
    const after = column('prefer-same-zone').underFailure!.figures;
    expect(after.offline).toEqual(['default/client-b']);
    const c = after.clients.find((f) => f.client === 'default/client-c')!;
    expect(c.endpoints.map((e) => e.pod)).toEqual(['default/web-a1', 'default/web-a2', 'default/web-a3']);
    expect(step(2)).toContain('client-c falls back to the three zone-a pods');
    expect(column('local').underFailure!.figures.dropped).toEqual(['default/client-c']);
    expect(step(2)).toContain('client-c (no local endpoint) is dropped before and after the outage');
  });
});
