/** The seeded stream of new connections that every simulated data plane receives. */
import { deriveSeed, mulberry32 } from '../random';
import type { Arrival, StreamOptions } from './types';

/** At most this many connections per run, so a large rate × duration stays quick. */
export const MAX_ARRIVALS = 20_000;

/**
 * Poisson arrivals at `ratePerSecond`, each from a random one of the client addresses, with its
 * lifetime. The same options give the same stream, so two data planes can be compared on it.
 *
 * @example
 * requestStream({ durationSeconds: 10, ratePerSecond: 2, connectionSeconds: 1, lifetime: 'fixed', clientIPs: ['10.244.1.2'], seed: 1 }).length; // about 20
 */
export function requestStream(options: StreamOptions): Arrival[] {
  const random = mulberry32(deriveSeed(options.seed, 'request-stream'));
  const clients = Math.max(1, options.clientIPs.length);
  const rate = Math.max(0, options.ratePerSecond);
  const duration = Math.max(0, options.durationSeconds);
  const out: Arrival[] = [];
  if (rate === 0 || duration === 0) return out;
  const pauseFrom = options.pause ? options.pause.atSeconds : Infinity;
  const pauseTo = options.pause ? options.pause.atSeconds + Math.max(0, options.pause.seconds) : Infinity;
  let t = 0;
  while (out.length < MAX_ARRIVALS) {
    t += -Math.log(1 - random()) / rate;
    if (t >= pauseFrom && t < pauseTo) t = pauseTo;
    if (t >= duration) break;
    const client = Math.floor(random() * clients);
    const mean = Math.max(0, options.connectionSeconds);
    const life = options.lifetime === 'fixed' ? mean : -Math.log(1 - random()) * mean;
    out.push({ at: t, client, closesAt: t + life });
  }
  return out;
}

/**
 * `count` client addresses next to a pod's IP (the pod's own first), for "several client IPs".
 *
 * @example
 * clientAddresses('10.244.1.2', 3); // ['10.244.1.2', '10.244.1.3', '10.244.1.4']
 */
export function clientAddresses(podIP: string, count: number): string[] {
  const n = Math.max(1, Math.floor(count));
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(podIP);
  const v6 = v4 ? null : /^(.*:)([0-9a-f]{0,4})$/i.exec(podIP);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (v4) {
      const last = (Number(v4[4]) + i) % 256;
      const third = (Number(v4[3]) + Math.floor((Number(v4[4]) + i) / 256)) % 256;
      out.push(`${v4[1]}.${v4[2]}.${third}.${last}`);
    } else if (v6) {
      out.push(`${v6[1]}${((parseInt(v6[2] || '0', 16) + i) & 0xffff).toString(16)}`);
    } else {
      out.push(i === 0 ? podIP || 'client' : `${podIP || 'client'}#${i + 1}`);
    }
  }
  return out;
}
