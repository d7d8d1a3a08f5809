import { describe, expect, it } from 'vitest';
import { computeProbability, iptablesSteps } from '../../../src/engine/dataplane/iptables';
import { nftablesSteps } from '../../../src/engine/dataplane/nftables';

describe('iptables computeProbability', () => {
  it.each([
    [1, '1.0000000000'],
    [2, '0.5000000000'],
    [3, '0.3333333333'],
    [7, '0.1428571429'],
  ])('n=%i → %s', (n, p) => expect(computeProbability(n)).toBe(p));

  it('chained rules give every endpoint 1/n', () => {
    for (const n of [2, 3, 5, 8]) {
      let remaining = 1;
      const shares: number[] = [];
      for (let i = 0; i < n - 1; i++) {
        const p = Number(computeProbability(n - i));
        shares.push(remaining * p);
        remaining *= 1 - p;
      }
      shares.push(remaining);
      for (const s of shares) expect(s).toBeCloseTo(1 / n, 8);
    }
  });

  it('explains the rules', () => {
    expect(iptablesSteps(1)[0]!.message).toBe('iptables: 1 KUBE-SEP rule, unconditional → 100%');
    expect(iptablesSteps(3)[0]!.message).toContain('--probability 0.3333333333, 0.5000000000 then unconditional → 33.3% each');
    expect(nftablesSteps(3)[0]!.message).toBe(
      'nftables: numgen random mod 3 vmap { 0 : goto endpoint-…, 1 : goto endpoint-…, 2 : goto endpoint-… } → 33.3% each',
    );
  });
});
