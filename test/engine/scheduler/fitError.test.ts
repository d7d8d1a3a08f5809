import { describe, expect, it } from 'vitest';
import {
  ERR_REASON_NODE_AFFINITY,
  ERR_REASON_SPREAD,
  dominantCategory,
  fitErrorMessage,
  untoleratedTaintReason,
  type FilterStatus,
} from '../../../src/engine/scheduler/fitError';

const controlPlane = { key: 'node-role.kubernetes.io/control-plane' };
const taint = (version: '1.33' | '1.34' | '1.35'): FilterStatus => ({
  reason: untoleratedTaintReason(controlPlane, version),
  unresolvable: true,
  category: 'taint',
});
const affinity: FilterStatus = { reason: ERR_REASON_NODE_AFFINITY, unresolvable: true, category: 'affinity' };
const skew: FilterStatus = { reason: ERR_REASON_SPREAD, unresolvable: false, category: 'spread' };

describe('untoleratedTaintReason', () => {
  it('names the taint up to 1.34 and hides it from 1.35', () => {
    expect(untoleratedTaintReason(controlPlane, '1.34')).toBe('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }');
    expect(untoleratedTaintReason({ key: 'dedicated', value: 'gpu' }, '1.30')).toBe('node(s) had untolerated taint {dedicated: gpu}');
    expect(untoleratedTaintReason(controlPlane, '1.35')).toBe('node(s) had untolerated taint(s)');
  });
});

describe('fitErrorMessage', () => {
  it('counts reasons per node, sorts them, and adds the preemption verdict (1.33)', () => {
    expect(fitErrorMessage([taint('1.33'), affinity, affinity], '1.33')).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. " +
        'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
  });

  it('adds the DynamicResources note from 1.34', () => {
    expect(fitErrorMessage([affinity], '1.34')).toBe(
      "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
    );
  });

  it('says preemption found no victims where the failure was resolvable (spread skew)', () => {
    expect(fitErrorMessage([taint('1.35'), skew, skew], '1.35')).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match pod topology spread constraints. " +
        'no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });

  it('sorts the histogram as strings, as Go sort.Strings does ("10 …" before "2 …")', () => {
    const statuses = [...Array<FilterStatus>(10).fill(affinity), taint('1.33'), taint('1.33')];
    expect(fitErrorMessage(statuses, '1.33')).toMatch(
      /^0\/12 nodes are available: 10 node\(s\) didn't match .*, 2 node\(s\) had untolerated/,
    );
  });

  it('reports a cluster without nodes like schedule_one.go', () => {
    expect(fitErrorMessage([], '1.34')).toBe('no nodes available to schedule pods');
  });
});

describe('dominantCategory', () => {
  it('picks the category most nodes failed on', () => {
    expect(dominantCategory([taint('1.34'), affinity, affinity])).toBe('affinity');
    expect(dominantCategory([taint('1.34'), taint('1.34'), skew])).toBe('taint');
    expect(dominantCategory([])).toBeUndefined();
  });
});
