/** nftables load balancing (pkg/proxy/nftables/proxier.go): one numgen vmap rule per service chain. */
import type { TraceStep } from '../report';
import { percent } from './percent';

/**
 * @example
 * nftablesSteps(2)[0].message; // "nftables: numgen random mod 2 vmap { 0 : goto endpoint-…, 1 : goto endpoint-… } → 50% each"
 */
export function nftablesSteps(n: number): TraceStep[] {
  const entries =
    n <= 3 ? [...Array(n).keys()].map((i) => `${i} : goto endpoint-…`).join(', ') : `0 : goto endpoint-…, …, ${n - 1} : goto endpoint-…`;
  return [
    { stage: 'data-plane', rule: 'numgen vmap', message: `nftables: numgen random mod ${n} vmap { ${entries} } → ${percent(1 / n)} each` },
  ];
}
