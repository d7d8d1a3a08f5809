/**
 * The comparison at a moment of the timeline: the live cluster after the events up to then is
 * what each choice is applied to, the comparison says which moment it is, and a failure happens
 * at that moment on top of it. Expectations are worked out by hand from kube-proxy's rules on the
 * 3-zone cluster (threeZones.ts: web-a1, web-a2 on n-a1; web-a3 on n-a2; web-b1 on n-b; nothing on
 * n-c; one client per zone, client-a on n-a2).
 */
import { describe, expect, it } from 'vitest';
import { compareChoices, type ChoiceColumn, type CompareOptions, type PolicyComparison, type TimelineEvent } from '../../../src/engine';
import { THREE_ZONES } from './threeZones';

const deleteWebB1: TimelineEvent = {
  id: 'e1',
  at: 0,
  event: { type: 'pod.delete', pod: 'default/web-b1' },
  label: 'kubectl delete pod web-b1',
};
const patchToSameNode: TimelineEvent = {
  id: 'e2',
  at: 0,
  event: { type: 'service.patch', service: 'default/web', patch: { spec: { trafficDistribution: 'PreferSameNode' } } },
  label: 'kubectl patch service web',
};
const laterDrain: TimelineEvent = {
  id: 'e3',
  at: 300,
  event: { type: 'node.drain', node: 'n-a2', force: true },
  label: 'kubectl drain n-a2',
};

function compareAt(events: TimelineEvent[], now: number, options: CompareOptions = {}) {
  const result = compareChoices(THREE_ZONES, { kubernetesVersion: '1.34', timeline: { events, now } }, options);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

function column(comparison: PolicyComparison, id: ChoiceColumn['choice']['id']): ChoiceColumn {
  const found = comparison.columns.find((c) => c.choice.id === id);
  if (!found) throw new Error(`no column ${id}`);
  return found;
}

const shares = (sameNode: number, sameZone: number, crossZone: number, dropped = 0) => ({
  sameNode: expect.closeTo(sameNode, 9),
  sameZone: expect.closeTo(sameZone, 9),
  crossZone: expect.closeTo(crossZone, 9),
  unknownZone: 0,
  dropped: expect.closeTo(dropped, 9),
  rejected: 0,
});

describe('compareChoices at a timeline moment', () => {
  it('without events up to the moment, compares the files as written and says no moment', () => {
    const { comparison } = compareAt([laterDrain], 60);
    expect(comparison.moment).toBeUndefined();
    // As written: client-b has its own Ready web-b1, so Local drops only client-c.
    expect(column(comparison, 'local').figures.dropped).toEqual(['default/client-c']);
  });

  it('after web-b1 is deleted (60 s on, past its 30 s grace period): every choice sees three web pods, all in zone-a', () => {
    const { comparison, topology } = compareAt([deleteWebB1, laterDrain], 60);
    expect(comparison.moment).toEqual({ now: 60, events: 1 });
    expect(topology.compared.pods.map((p) => p.key)).not.toContain('default/web-b1');
    // unset: each client spreads over web-a1, web-a2, web-a3. client-a (n-a2): 1/3 same node, 2/3 same zone;
    // client-b and client-c: everything crosses zones. Overall: 1/9, 2/9, 6/9.
    expect(column(comparison, 'unset').figures.overall).toEqual(shares(1 / 9, 2 / 9, 6 / 9));
    // Local: only client-a has an endpoint on its node; client-b lost its own, client-c never had one.
    const local = column(comparison, 'local').figures;
    expect(local.dropped).toEqual(['default/client-b', 'default/client-c']);
    expect(local.overall).toEqual(shares(1 / 3, 0, 0, 2 / 3));
    // PreferSameZone: zone-b has no endpoint left, so client-b falls back to the cluster-wide three: as unset.
    expect(column(comparison, 'prefer-same-zone').figures.overall).toEqual(shares(1 / 9, 2 / 9, 6 / 9));
    // Even split over three Ready endpoints; under unset each gets a third.
    expect(column(comparison, 'unset').figures.load.evenShare).toBeCloseTo(1 / 3, 9);
    expect(column(comparison, 'unset').figures.load.overloadFactor).toBeCloseTo(1, 9);
  });

  it('the live Service is the one compared: a patch to PreferSameNode marks that column as the current spec', () => {
    const { comparison } = compareAt([patchToSameNode], 0);
    expect(comparison.columns.filter((c) => c.choice.current).map((c) => c.choice.id)).toEqual(['prefer-same-node']);
    // A choice replaces the live spec: the unset column is the even spread, whatever the patch set.
    expect(column(comparison, 'unset').figures.clients.find((c) => c.client === 'default/client-a')?.endpoints).toHaveLength(4);
  });

  it('a failure happens at the moment, on the live cluster; its log is its own', () => {
    const { comparison, topology } = compareAt([deleteWebB1], 60, { failure: { kind: 'local-pod' } });
    // The first client (by name) with a Ready endpoint on its node is client-a: web-a3 on n-a2 is deleted.
    expect(comparison.failure?.label).toMatch(/web-a3/);
    expect(comparison.failure?.log.join('\n')).not.toMatch(/web-b1/);
    expect(topology.failure?.pods.find((p) => p.key === 'default/web-a3')?.terminating).toBe(true);
    // Right after: web-a3 is terminating, web-b1 long gone; Local has no Ready endpoint on any client's node.
    const local = column(comparison, 'local').underFailure!.figures;
    expect(local.load.endpoints.filter((e) => e.ready).map((e) => e.pod)).toEqual(['default/web-a1', 'default/web-a2']);
    // unset: web-a1 and web-a2 only, both in zone-a on n-a1: client-a stays in its zone, the others cross.
    expect(column(comparison, 'unset').underFailure!.figures.overall).toEqual(shares(0, 1 / 3, 2 / 3));
  });
});
