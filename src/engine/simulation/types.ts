/** Request-level data-plane simulation: inputs and the timeline it answers with. */
import type { IpvsScheduler, ProxyMode } from '../model';

/** A data plane to simulate: a kube-proxy mode, and for IPVS its scheduler. */
export interface DataPlaneChoice {
  mode: ProxyMode;
  /** IPVS only; default rr. */
  scheduler?: IpvsScheduler;
}

/** One real server / endpoint, in kube-proxy's order (sorted by "IP:port"). */
export interface SimServer {
  /** "namespace/name" of the pod, or the address. */
  pod: string;
  ip: string;
  port: number;
}

export interface StreamOptions {
  /** Simulated time span. */
  durationSeconds: number;
  /** New connections per second, all clients together (Poisson arrivals). */
  ratePerSecond: number;
  /** Mean connection lifetime; 0 closes each connection before the next one opens. */
  connectionSeconds: number;
  /** Lifetimes all equal to the mean, or exponentially spread around it. */
  lifetime: 'fixed' | 'exponential';
  /** Source addresses taking turns at random; one address models many clients behind one pod IP. */
  clientIPs: readonly string[];
  /** A quiet period with no traffic at all, e.g. to let session affinity expire. */
  pause?: { atSeconds: number; seconds: number };
  seed: number;
}

export interface AffinityOptions {
  sessionAffinity: 'None' | 'ClientIP';
  /** sessionAffinityConfig.clientIP.timeoutSeconds (default 10800). */
  timeoutSeconds: number;
}

export interface SimulationOptions extends StreamOptions, AffinityOptions {
  /** The Service VIP: what dh, lblc and lblcr hash (every client sends to the same destination). */
  destination: string;
  /** Number of chart buckets (default 24). */
  buckets?: number;
}

/** One arriving connection of the stream. */
export interface Arrival {
  at: number;
  client: number;
  /** When the connection closes. */
  closesAt: number;
}

export interface TimelineBucket {
  start: number;
  end: number;
  /** New connections per server in the bucket. */
  newConnections: number[];
  /** Open connections per server at the end of the bucket. */
  openConnections: number[];
}

/** A run of consecutive connections of one client to one server. */
export interface ClientStint {
  client: number;
  server: number;
  from: number;
  /** Time of the stint's last connection. */
  to: number;
  connections: number;
  /** Why the stint started: the scheduler's pick, or affinity re-balancing after a timeout. */
  reason: 'first' | 'pick' | 'affinity-expired';
}

export interface DataPlaneTimeline {
  choice: DataPlaneChoice;
  /** "iptables", "ipvs/sh", ... */
  label: string;
  servers: SimServer[];
  clientIPs: string[];
  buckets: TimelineBucket[];
  /** New connections per server over the whole run. */
  totals: number[];
  /** Most connections open at once, per server. */
  peakOpen: number[];
  stints: ClientStint[];
  /** How this data plane picks, and what the run shows, in plain words. */
  summary: string[];
}
