/**
 * The IPVS schedulers as the Linux kernel runs them (net/netfilter/ipvs/ip_vs_*.c), for real
 * servers of weight 1 as kube-proxy programs them.
 */
import { destinationPick, sourcePick } from '../dataplane/ipvs';
import type { IpvsScheduler } from '../model';
import type { ConnectionTable } from './connectionTable';

export interface PickContext {
  source: string;
  destination: string;
  now: number;
  table: ConnectionTable;
}

/** Picks a real server index for a new connection; keeps whatever state the scheduler needs. */
export type Pick = (ctx: PickContext) => number;

/**
 * A fresh scheduler over `n` real servers. `start` is where rr's rotation stands (it depends on
 * traffic before the run).
 *
 * @example
 * const pick = ipvsScheduler('rr', 3, 0);
 * [pick(ctx), pick(ctx), pick(ctx), pick(ctx)]; // [0, 1, 2, 0]
 */
export function ipvsScheduler(name: IpvsScheduler, n: number, start = 0): Pick {
  switch (name) {
    case 'rr':
    case 'wrr': {
      // wrr with every weight 1 walks the list like rr (ip_vs_wrr.c: cw = mw = 1).
      let next = start % n;
      return () => {
        const pick = next;
        next = (next + 1) % n;
        return pick;
      };
    }
    case 'lc':
    case 'wlc':
      return ({ table }) => leastBy(n, (s) => table.active[s]! * 256 + table.inactive[s]!);
    case 'sed':
      return ({ table }) => leastBy(n, (s) => table.active[s]! + 1);
    case 'nq':
      return ({ table }) => {
        // ip_vs_nq.c: the first idle server wins outright, else shortest expected delay.
        const idle = table.active.findIndex((a) => a === 0);
        return idle >= 0 ? idle : leastBy(n, (s) => table.active[s]! + 1);
      };
    case 'sh':
    case 'mh':
      return ({ source }) => sourcePick(source, n);
    case 'dh':
      return ({ destination }) => destinationPick(destination, n);
    case 'lblc':
      return lblc(n);
    case 'lblcr':
      return lblcr(n);
  }
}

/** The first server with the least overhead, as the kernel's list walk keeps the first minimum. */
function leastBy(n: number, overhead: (server: number) => number): number {
  let best = 0;
  let least = overhead(0);
  for (let s = 1; s < n; s++) {
    const o = overhead(s);
    if (o < least) {
      least = o;
      best = s;
    }
  }
  return best;
}

/**
 * ip_vs_lblc.c is_overloaded: more active connections than the weight while some server is
 * below half its weight (weight 1: some server is idle).
 */
function overloaded(table: ConnectionTable, server: number): boolean {
  if (table.active[server]! <= 1) return false;
  return table.active.some((a) => a * 2 < 1);
}

function wlc(n: number, table: ConnectionTable, among?: ReadonlySet<number>): number {
  let best = -1;
  let least = Infinity;
  for (let s = 0; s < n; s++) {
    if (among && !among.has(s)) continue;
    const o = table.active[s]! * 256 + table.inactive[s]!;
    if (o < least) {
      least = o;
      best = s;
    }
  }
  return best;
}

/** One server per destination address while it is not overloaded; then the least-connection one. */
function lblc(n: number): Pick {
  const byDestination = new Map<string, number>();
  return ({ destination, table }) => {
    let server = byDestination.get(destination);
    // NOTE: the kernel fills an empty entry by wlc; the playground starts from the same modelled
    // hash as the routing report so that both name the same server.
    if (server === undefined) server = destinationPick(destination, n);
    else if (overloaded(table, server)) server = wlc(n, table);
    byDestination.set(destination, server);
    return server;
  };
}

/**
 * A server set per destination: the least-connection member serves; when it is overloaded the
 * least-connection server of all joins the set. (Members leave after lblcr_expiration, 24 h by
 * default: longer than any run here.)
 */
function lblcr(n: number): Pick {
  const sets = new Map<string, Set<number>>();
  return ({ destination, table }) => {
    let set = sets.get(destination);
    if (!set) sets.set(destination, (set = new Set([destinationPick(destination, n)])));
    let server = wlc(n, table, set);
    if (overloaded(table, server)) {
      server = wlc(n, table);
      set.add(server);
    }
    return server;
  };
}
