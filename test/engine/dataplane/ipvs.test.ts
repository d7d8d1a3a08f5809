import { describe, expect, it } from 'vitest';
import { DESTINATION_SCHEDULERS, ipvsShares } from '../../../src/engine/dataplane/ipvs';
import { IPVS_SCHEDULERS } from '../../../src/engine/model';

describe('ipvsShares', () => {
  it('covers every scheduler kube-proxy accepts; weights sum to 1', () => {
    for (const s of IPVS_SCHEDULERS) {
      const { weights, steps } = ipvsShares(s, 3, '10.96.0.10', '10.96.0.10:80');
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      expect(steps[0]!.message).toContain(`scheduler ${s}`);
      if (DESTINATION_SCHEDULERS.has(s)) expect(weights.filter((w) => w === 1)).toHaveLength(1);
      else expect(weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
    }
  });

  it('says that the hashing schedulers pick by a simulated hash, and gives lblc its overload rule', () => {
    for (const s of ['sh', 'mh', 'dh', 'lblc', 'lblcr'] as const) {
      expect(ipvsShares(s, 2, '10.96.0.10', '10.96.0.10:80').steps[0]!.message).toContain('is a simulation of the scheduler');
    }
    expect(ipvsShares('rr', 2, '10.96.0.10', '10.96.0.10:80').steps[0]!.message).not.toContain('simulation');
    expect(ipvsShares('lblc', 2, '10.96.0.10', '10.96.0.10:80').steps[0]!.message).toContain(
      'with more than 1 active connection (its weight) while another real server is idle',
    );
    expect(ipvsShares('dh', 2, '10.96.0.10', '10.96.0.10:80').steps[0]!.message).not.toContain('overloaded');
  });

  it('destination hashing depends on the destination, not on the client', () => {
    const picks = new Set(
      ['10.96.0.1', '10.96.0.2', '10.96.0.3', '10.96.0.4', '10.96.0.5', '10.96.0.6'].map((vip) =>
        ipvsShares('dh', 3, vip, vip).weights.indexOf(1),
      ),
    );
    expect(picks.size).toBeGreaterThan(1);
  });
});
