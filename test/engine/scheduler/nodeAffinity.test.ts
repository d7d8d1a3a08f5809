import { describe, expect, it } from 'vitest';
import type { NodeSelectorRequirement } from '../../../src/engine/model';
import {
  daemonPodNodeAffinity,
  matchesNodeSelectorRequirement,
  matchesNodeSelectorTerms,
  podMatchesNodeAffinity,
} from '../../../src/engine/scheduler/nodeAffinity';
import { template } from './fixtures';

const labels = { zone: 'a', cores: '16', gpu: '' };

describe('matchesNodeSelectorRequirement', () => {
  it.each<[NodeSelectorRequirement, boolean]>([
    [{ key: 'zone', operator: 'In', values: ['a', 'b'] }, true],
    [{ key: 'zone', operator: 'In', values: ['b'] }, false],
    [{ key: 'missing', operator: 'In', values: [''] }, false],
    [{ key: 'zone', operator: 'NotIn', values: ['b'] }, true],
    [{ key: 'zone', operator: 'NotIn', values: ['a'] }, false],
    [{ key: 'missing', operator: 'NotIn', values: ['a'] }, true],
    [{ key: 'gpu', operator: 'Exists', values: [] }, true],
    [{ key: 'missing', operator: 'Exists', values: [] }, false],
    [{ key: 'missing', operator: 'DoesNotExist', values: [] }, true],
    [{ key: 'gpu', operator: 'DoesNotExist', values: [] }, false],
    [{ key: 'cores', operator: 'Gt', values: ['8'] }, true],
    [{ key: 'cores', operator: 'Gt', values: ['16'] }, false],
    [{ key: 'cores', operator: 'Lt', values: ['20'] }, true],
    [{ key: 'cores', operator: 'Lt', values: ['abc'] }, false],
    [{ key: 'zone', operator: 'Gt', values: ['1'] }, false],
    [{ key: 'missing', operator: 'Lt', values: ['1'] }, false],
  ])('%j → %s', (req, expected) => {
    expect(matchesNodeSelectorRequirement(req, labels)).toBe(expected);
  });
});

describe('matchesNodeSelectorTerms', () => {
  const zoneB = { matchExpressions: [{ key: 'zone', operator: 'In' as const, values: ['b'] }] };
  const bigA = {
    matchExpressions: [
      { key: 'zone', operator: 'In' as const, values: ['a'] },
      { key: 'cores', operator: 'Gt' as const, values: ['8'] },
    ],
  };
  it('ORs terms and ANDs the expressions of a term', () => {
    expect(matchesNodeSelectorTerms([zoneB, bigA], labels)).toBe(true);
    expect(matchesNodeSelectorTerms([zoneB], labels)).toBe(false);
    expect(matchesNodeSelectorTerms([{ matchExpressions: [...bigA.matchExpressions, ...zoneB.matchExpressions] }], labels)).toBe(false);
  });
  it('lets an empty term select nothing', () => {
    expect(matchesNodeSelectorTerms([{ matchExpressions: [] }], labels)).toBe(false);
  });
});

describe('podMatchesNodeAffinity', () => {
  it('needs nodeSelector and required affinity both', () => {
    const affinity = [{ matchExpressions: [{ key: 'cores', operator: 'Gt' as const, values: ['8'] }] }];
    expect(podMatchesNodeAffinity(template({ nodeSelector: { zone: 'a' }, affinity }), labels)).toBe(true);
    expect(podMatchesNodeAffinity(template({ nodeSelector: { zone: 'b' }, affinity }), labels)).toBe(false);
    expect(
      podMatchesNodeAffinity(
        template({ nodeSelector: { zone: 'a' }, affinity: [{ matchExpressions: [{ key: 'cores', operator: 'Lt', values: ['8'] }] }] }),
        labels,
      ),
    ).toBe(false);
    expect(podMatchesNodeAffinity(template(), labels)).toBe(true);
  });
});

describe('matchFields (metadata.name), as the DaemonSet controller writes them', () => {
  const terms = daemonPodNodeAffinity('node-b1');

  it('select the one node by name, whatever its labels', () => {
    expect(terms).toEqual([{ matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-b1'] }] }]);
    expect(matchesNodeSelectorTerms(terms, labels, 'node-b1')).toBe(true);
    expect(matchesNodeSelectorTerms(terms, labels, 'node-a1')).toBe(false);
    expect(matchesNodeSelectorTerms(terms, labels)).toBe(false);
  });

  it('AND with the expressions of the same term; NotIn keeps a node out', () => {
    const both = [{ matchExpressions: [{ key: 'zone', operator: 'In' as const, values: ['b'] }], matchFields: terms[0]!.matchFields }];
    expect(matchesNodeSelectorTerms(both, labels, 'node-b1')).toBe(false);
    expect(matchesNodeSelectorTerms(both, { zone: 'b' }, 'node-b1')).toBe(true);
    const notIn = [{ matchExpressions: [], matchFields: [{ key: 'metadata.name', operator: 'NotIn' as const, values: ['node-b1'] }] }];
    expect(podMatchesNodeAffinity({ ...template(), requiredNodeAffinity: notIn }, labels, 'node-a1')).toBe(true);
    expect(podMatchesNodeAffinity({ ...template(), requiredNodeAffinity: notIn }, labels, 'node-b1')).toBe(false);
  });
});
