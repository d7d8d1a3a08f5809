/** IPVS schedulers (pkg/proxy/ipvs/proxier.go; Linux ip_vs_*.c): shares over real servers of weight 1. */
import type { IpvsScheduler } from '../model';
import type { TraceStep } from '../report';
import { hashString } from '../random';
import { percent } from './percent';

/** Schedulers that pick by the client's source address. */
export const SOURCE_HASH_SCHEDULERS: ReadonlySet<IpvsScheduler> = new Set(['sh', 'mh']);
/** Schedulers that pick by the destination address, i.e. the Service VIP: one server for everyone. */
export const DESTINATION_SCHEDULERS: ReadonlySet<IpvsScheduler> = new Set(['dh', 'lblc', 'lblcr']);

const DESCRIPTIONS: Record<IpvsScheduler, string> = {
  rr: 'round-robin: new connections take the real servers in turn',
  wrr: 'weighted round-robin with every weight 1, i.e. plain round-robin',
  lc: 'least-connection: each new connection goes to the server with the fewest active ones',
  wlc: 'weighted least-connection with every weight 1, i.e. least-connection',
  sed: 'shortest expected delay with every weight 1, i.e. least-connection',
  nq: 'never queue: an idle server first, else shortest expected delay',
  sh: 'source hashing: a client address always maps to the same real server',
  mh: 'Maglev hashing (kube-proxy sets the source-hash flag): a client address always maps to the same real server',
  dh: 'destination hashing: the destination address (the Service VIP) picks the real server',
  lblc: 'locality-based least-connection: connections for one destination address stay on one server while it is not overloaded',
  lblcr: 'locality-based least-connection with replication: one destination address is served by one server while load is light',
};

/** What every hashing scheduler's step says: which server the hash picks is the playground's, not the kernel's. */
export const SIMULATED_HASH =
  "Which real server is a simulation of the scheduler: the playground's own hash of the address stands in for the kernel's hash table, so a real node may pick another server (but always the same one for the same address)";

/**
 * ip_vs_lblc.c / ip_vs_lblcr.c is_overloaded for real servers of weight 1: more active connections
 * than the weight while some server has fewer than half its weight, i.e. is idle.
 */
const OVERLOAD_RULE: Partial<Record<IpvsScheduler, string>> = {
  lblc: 'it keeps that server only while it is not overloaded: with more than 1 active connection (its weight) while another real server is idle, ip_vs_lblc.c sends new connections to the least-connection server instead (the Data plane panel simulates this with connection counts)',
  lblcr:
    'while that server is overloaded (more than 1 active connection while another real server is idle, ip_vs_lblcr.c) the least-connection server joins its set (the Data plane panel simulates this with connection counts)',
};

/**
 * Long-run shares of new connections on one node, and the trace. Hashing on the destination
 * sends every client of the VIP to one server; the other schedulers even out over time.
 *
 * @example
 * ipvsShares('rr', 2, '10.96.0.10', '10.96.0.10:80').weights; // [0.5, 0.5]
 */
export function ipvsShares(
  scheduler: IpvsScheduler,
  n: number,
  destination: string,
  virtualServer: string,
): { weights: number[]; steps: TraceStep[] } {
  const head = `IPVS: virtual server ${virtualServer}, scheduler ${scheduler} (${DESCRIPTIONS[scheduler]}), ${n} real server${n === 1 ? '' : 's'} of weight 1`;
  if (DESTINATION_SCHEDULERS.has(scheduler) && n > 1) {
    const pick = destinationPick(destination, n);
    const weights = Array.from({ length: n }, (_, i) => (i === pick ? 1 : 0));
    const overload = scheduler === 'dh' ? '' : `; ${OVERLOAD_RULE[scheduler]}`;
    return {
      weights,
      steps: [
        {
          stage: 'data-plane',
          rule: `ipvs ${scheduler}`,
          message: `${head} → every client of ${destination} goes to real server #${pick + 1} (100%)${overload}. ${SIMULATED_HASH}`,
        },
      ],
    };
  }
  const tail = SOURCE_HASH_SCHEDULERS.has(scheduler)
    ? `→ each client sticks to one server; across many clients ${percent(1 / n)} each. ${SIMULATED_HASH}`
    : `→ ${percent(1 / n)} each over time`;
  return {
    weights: Array.from({ length: n }, () => 1 / n),
    steps: [{ stage: 'data-plane', rule: `ipvs ${scheduler}`, message: `${head} ${tail}` }],
  };
}

/** Modelled bucket choice of dh/lblc/lblcr for a destination (the kernel hashes into a 256-entry table). */
export function destinationPick(destination: string, n: number): number {
  return hashString(`dst:${destination}`) % n;
}

/** Modelled bucket choice of sh/mh for a source address. */
export function sourcePick(sourceIP: string, n: number): number {
  return hashString(`src:${sourceIP}`) % n;
}
