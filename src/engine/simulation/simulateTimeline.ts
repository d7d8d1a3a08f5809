/**
 * Request-level simulation of one data plane over time: every new connection of a seeded stream
 * goes through the mode's choice (iptables/nftables random rules, an IPVS scheduler) and, with
 * ClientIP affinity, the mode's affinity table; the result is each endpoint's share over time.
 */
import { deriveSeed, mulberry32 } from '../random';
import { AffinityTable } from './affinity';
import { ConnectionTable } from './connectionTable';
import { ipvsScheduler, type Pick } from './ipvsSchedulers';
import { requestStream } from './requestStream';
import { describeRun } from './describeRun';
import type { Arrival, ClientStint, DataPlaneChoice, DataPlaneTimeline, SimServer, SimulationOptions, TimelineBucket } from './types';

/** "iptables", "ipvs/lc". */
export function choiceLabel(choice: DataPlaneChoice): string {
  return choice.mode === 'ipvs' ? `ipvs/${choice.scheduler ?? 'rr'}` : choice.mode;
}

/**
 * Runs `arrivals` (or the stream the options describe) through one data plane.
 *
 * @example
 * const t = simulateTimeline(servers, { mode: 'ipvs', scheduler: 'sh' }, { ...options, clientIPs: ['10.244.1.2'] });
 * t.totals; // every connection on one server: sh pins the source address
 */
export function simulateTimeline(
  servers: readonly SimServer[],
  choice: DataPlaneChoice,
  options: SimulationOptions,
  arrivals: readonly Arrival[] = requestStream(options),
): DataPlaneTimeline {
  const n = servers.length;
  const label = choiceLabel(choice);
  const bucketCount = Math.max(1, Math.floor(options.buckets ?? 24));
  const width = Math.max(options.durationSeconds, 1e-9) / bucketCount;
  const buckets: TimelineBucket[] = Array.from({ length: bucketCount }, (_, i) => ({
    start: i * width,
    end: (i + 1) * width,
    newConnections: new Array<number>(n).fill(0),
    openConnections: new Array<number>(n).fill(0),
  }));
  const clientIPs = options.clientIPs.length ? [...options.clientIPs] : ['client'];
  const base = { choice, label, servers: [...servers], clientIPs, buckets };
  if (n === 0) return { ...base, totals: [], peakOpen: [], stints: [], summary: [`${label}: no endpoints, so every connection fails`] };

  const random = mulberry32(deriveSeed(options.seed, label));
  const pick: Pick =
    choice.mode === 'ipvs'
      ? ipvsScheduler(choice.scheduler ?? 'rr', n, Math.floor(random() * n))
      : // iptables statistic rules, nftables numgen and the HNS load balancer: uniform per connection.
        () => Math.floor(random() * n);
  const affinity =
    options.sessionAffinity === 'ClientIP' && options.timeoutSeconds > 0
      ? new AffinityTable(choice.mode, options.timeoutSeconds)
      : undefined;
  const table = new ConnectionTable(n);
  const totals = new Array<number>(n).fill(0);
  const stints: ClientStint[] = [];
  const current = new Map<number, ClientStint>();
  let b = 0;

  const closeBucketsUntil = (time: number) => {
    while (b < bucketCount && buckets[b]!.end <= time) {
      table.advance(buckets[b]!.end);
      buckets[b]!.openConnections = [...table.active];
      b++;
    }
  };

  for (const arrival of arrivals) {
    closeBucketsUntil(arrival.at);
    table.advance(arrival.at);
    const source = clientIPs[arrival.client % clientIPs.length]!;
    let reason: ClientStint['reason'] = current.has(arrival.client) ? 'pick' : 'first';
    let server: number | undefined;
    if (affinity) {
      const stuck = affinity.lookup(arrival.client, arrival.at);
      server = stuck.server;
      if (stuck.expired) reason = 'affinity-expired';
    }
    server ??= pick({ source, destination: options.destination, now: arrival.at, table });
    affinity?.remember(arrival.client, server, arrival.at, arrival.closesAt);
    table.open(server, arrival.closesAt);
    totals[server]!++;
    if (b < bucketCount) buckets[b]!.newConnections[server]!++;

    const stint = current.get(arrival.client);
    if (stint && stint.server === server && reason !== 'affinity-expired') {
      stint.to = arrival.at;
      stint.connections++;
    } else {
      const next: ClientStint = { client: arrival.client, server, from: arrival.at, to: arrival.at, connections: 1, reason };
      stints.push(next);
      current.set(arrival.client, next);
    }
  }
  closeBucketsUntil(Infinity);

  const result = { ...base, totals, peakOpen: [...table.peak], stints, summary: [] as string[] };
  result.summary = describeRun(result, options);
  return result;
}

/**
 * Two (or more) data planes on the same stream of connections, for a side-by-side comparison.
 *
 * @example
 * const [a, b] = compareDataPlanes(servers, [{ mode: 'iptables' }, { mode: 'ipvs', scheduler: 'sh' }], options);
 */
export function compareDataPlanes(
  servers: readonly SimServer[],
  choices: readonly DataPlaneChoice[],
  options: SimulationOptions,
): DataPlaneTimeline[] {
  const arrivals = requestStream(options);
  return choices.map((choice) => simulateTimeline(servers, choice, options, arrivals));
}
