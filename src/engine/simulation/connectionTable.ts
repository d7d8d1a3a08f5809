/** Open and recently closed connections per real server, as IPVS counts them. */

/**
 * NOTE: IPVS keeps a closed TCP connection as "inactive" until its FIN_WAIT/TIME_WAIT entry
 * times out (ipvsadm --set default tcpfin 120s); lc and wlc weigh those in
 * (ip_vs_dest_conn_overhead = activeconns << 8 + inactconns), sed and nq do not.
 */
export const INACTIVE_SECONDS = 120;

export class ConnectionTable {
  readonly active: number[];
  readonly inactive: number[];
  readonly peak: number[];
  /** Close times of open connections, and expiry times of inactive ones, per server. */
  private closing: number[][];
  private expiring: number[][];

  constructor(servers: number) {
    this.active = new Array<number>(servers).fill(0);
    this.inactive = new Array<number>(servers).fill(0);
    this.peak = new Array<number>(servers).fill(0);
    this.closing = Array.from({ length: servers }, () => []);
    this.expiring = Array.from({ length: servers }, () => []);
  }

  /** Closes the connections that ended by `now` and forgets inactive ones that timed out. */
  advance(now: number): void {
    for (let s = 0; s < this.active.length; s++) {
      const open = this.closing[s]!;
      if (open.length) {
        const still: number[] = [];
        for (const end of open) {
          if (end <= now) this.expiring[s]!.push(end + INACTIVE_SECONDS);
          else still.push(end);
        }
        this.closing[s] = still;
        this.active[s] = still.length;
      }
      const gone = this.expiring[s]!;
      if (gone.length) this.expiring[s] = gone.filter((end) => end > now);
      this.inactive[s] = this.expiring[s]!.length;
    }
  }

  open(server: number, closesAt: number): void {
    this.closing[server]!.push(closesAt);
    this.active[server] = this.closing[server]!.length;
    if (this.active[server]! > this.peak[server]!) this.peak[server] = this.active[server]!;
  }

  /** Latest close time of `server`'s connections that are still open at `now`, or -Infinity. */
  lastOpenUntil(server: number): number {
    let latest = -Infinity;
    for (const end of this.closing[server]!) if (end > latest) latest = end;
    return latest;
  }
}
