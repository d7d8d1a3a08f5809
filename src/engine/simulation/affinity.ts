/**
 * sessionAffinity ClientIP per data plane: how long a client address keeps its endpoint.
 * iptables: `-m recent --rcheck --seconds T --reap`, refreshed by `--set` in the KUBE-SEP chain on
 * every new connection; nftables: the affinity set's element timeout, refreshed by `update`;
 * IPVS: the persistence template, which also lives on while a connection it controls is open.
 */
import type { ProxyMode } from '../model';

/**
 * Whether a client last seen at `lastSeen` still matches an affinity of `timeoutSeconds` at `now`.
 * NOTE: inclusive, as xt_recent's `--rcheck --seconds` is (net/netfilter/xt_recent.c skips a
 * stamp only when it is older than now − seconds).
 */
export function affinityMatches(lastSeen: number, timeoutSeconds: number, now: number): boolean {
  return now - lastSeen <= timeoutSeconds;
}

interface Entry {
  server: number;
  lastSeen: number;
  /** Close time of the latest-closing connection made under this entry. */
  openUntil: number;
}

export class AffinityTable {
  private entries = new Map<number, Entry>();

  constructor(
    private readonly mode: ProxyMode,
    private readonly timeoutSeconds: number,
  ) {}

  /** When the client's entry stops matching. */
  expiresAt(entry: Entry): number {
    const t = this.timeoutSeconds;
    // HNS source-IP affinity takes no timeout (winkernel passes none): it never runs out.
    if (this.mode === 'kernelspace') return Infinity;
    if (this.mode !== 'ipvs' || entry.openUntil <= entry.lastSeen + t) return entry.lastSeen + t;
    // NOTE: an IPVS persistence template whose timer fires while connections it controls are
    // still open is re-armed for another timeout (ip_vs_conn.c ip_vs_conn_expire, n_control).
    return entry.lastSeen + t * Math.ceil((entry.openUntil - entry.lastSeen) / t);
  }

  /**
   * The endpoint the client is stuck to at `now`; `expired` says an entry existed but ran out.
   *
   * @example
   * const affinity = new AffinityTable('iptables', 10);
   * affinity.remember(0, 2, 0, 1);
   * affinity.lookup(0, 5).server; // 2
   * affinity.lookup(0, 30).expired; // true
   */
  lookup(client: number, now: number): { server?: number; expired: boolean } {
    const entry = this.entries.get(client);
    if (!entry) return { expired: false };
    if (affinityMatches(entry.lastSeen, this.expiresAt(entry) - entry.lastSeen, now)) return { server: entry.server, expired: false };
    this.entries.delete(client);
    return { expired: true };
  }

  /** A new connection of `client` went to `server` at `now` (refreshes the timer). */
  remember(client: number, server: number, now: number, closesAt: number): void {
    const entry = this.entries.get(client);
    const openUntil = entry && entry.server === server ? Math.max(entry.openUntil, closesAt) : closesAt;
    this.entries.set(client, { server, lastSeen: now, openUntil });
  }
}
