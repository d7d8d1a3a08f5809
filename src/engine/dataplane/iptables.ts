/** iptables load balancing (pkg/proxy/iptables/proxier.go): statistic-mode random rules per KUBE-SEP. */
import type { TraceStep } from '../report';
import { percent } from './percent';

/**
 * The `--probability` of the rule that is first among the remaining `n` endpoints.
 *
 * @example
 * computeProbability(3); // "0.3333333333"
 */
export function computeProbability(n: number): string {
  return (1 / n).toFixed(10);
}

/**
 * Rule i of n matches with probability 1/(n-i), the last is unconditional, so each endpoint gets 1/n.
 *
 * @example
 * iptablesSteps(2)[0].message; // "iptables: 2 KUBE-SEP rules, --probability 0.5000000000 then unconditional → 50% each"
 */
export function iptablesSteps(n: number): TraceStep[] {
  if (n === 1) return [{ stage: 'data-plane', rule: 'KUBE-SVC', message: 'iptables: 1 KUBE-SEP rule, unconditional → 100%' }];
  const probabilities: string[] = [];
  for (let i = 0; i < n - 1 && i < 4; i++) probabilities.push(computeProbability(n - i));
  const more = n - 1 > 4 ? ', …' : '';
  return [
    {
      stage: 'data-plane',
      rule: 'KUBE-SVC',
      message: `iptables: ${n} KUBE-SEP rules (sorted by IP:port), --probability ${probabilities.join(', ')}${more} then unconditional → ${percent(1 / n)} each`,
    },
  ];
}
