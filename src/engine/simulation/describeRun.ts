/** The text summary of a simulated run: how the data plane picks and what came out. */
import { percent } from '../dataplane/percent';
import type { IpvsScheduler, ProxyMode } from '../model';
import type { DataPlaneTimeline, SimulationOptions } from './types';

const MODE_WORDS: Record<Exclude<ProxyMode, 'ipvs'>, string> = {
  iptables: 'iptables picks each new connection at random (statistic-mode rules, 1/n each)',
  nftables: 'nftables picks each new connection at random (numgen random mod n)',
  kernelspace: 'the Windows HNS load balancer spreads new connections evenly (modelled as random)',
};

const SCHEDULER_WORDS: Record<IpvsScheduler, string> = {
  rr: 'rr takes the real servers in turn',
  wrr: 'wrr with every weight 1 takes the real servers in turn',
  lc: 'lc sends each new connection to the server with the fewest connections (active × 256 + inactive, ties to the first server)',
  wlc: 'wlc with every weight 1 is lc: fewest connections (active × 256 + inactive, ties to the first server)',
  sed: 'sed sends to the fewest active connections + 1 (ties to the first server, so an idle service keeps using the first one)',
  nq: 'nq sends to the first idle server, else to the shortest expected delay',
  sh: 'sh hashes the client address: one address always reaches the same server (which one is simulated: the playground hashes, not the kernel)',
  mh: 'mh (Maglev, source-hash flag) hashes the client address: one address always reaches the same server (which one is simulated: the playground hashes, not the kernel)',
  dh: 'dh hashes the destination (the Service VIP): every client reaches the same server (which one is simulated: the playground hashes, not the kernel)',
  lblc: 'lblc keeps the VIP on one server until it is overloaded (more than 1 active connection while another is idle), then picks the least-connection server (the first server is simulated: the playground hashes, not the kernel)',
  lblcr:
    'lblcr keeps a server set for the VIP and adds the least-connection server when the set is overloaded (the first server is simulated: the playground hashes, not the kernel)',
};

/**
 * Plain-language lines for a finished run.
 *
 * @example
 * describeRun(timeline, options)[0]; // "ipvs/sh: sh hashes the client address: ..."
 */
export function describeRun(run: Omit<DataPlaneTimeline, 'summary'>, options: SimulationOptions): string[] {
  const { choice, servers, totals } = run;
  const how = choice.mode === 'ipvs' ? SCHEDULER_WORDS[choice.scheduler ?? 'rr'] : MODE_WORDS[choice.mode];
  const lines = [`${run.label}: ${how}.`];
  const total = totals.reduce((a, b) => a + b, 0);
  const clients = run.clientIPs.length;
  const shares = servers.map((s, i) => `${s.pod} ${totals[i]} (${percent(total ? round(totals[i]! / total) : 0)})`).join(', ');
  lines.push(`${total} new connection${total === 1 ? '' : 's'} from ${clients} client address${clients === 1 ? '' : 'es'}: ${shares}.`);
  lines.push(`Most connections open at once: ${servers.map((s, i) => `${s.pod} ${run.peakOpen[i]}`).join(', ')}.`);

  if (options.sessionAffinity === 'ClientIP' && options.timeoutSeconds > 0) {
    const expired = run.stints.filter((s) => s.reason === 'affinity-expired').length;
    const mechanism =
      choice.mode === 'ipvs'
        ? 'IPVS persistence'
        : choice.mode === 'nftables'
          ? 'nftables affinity set timeout'
          : choice.mode === 'iptables'
            ? 'iptables recent match'
            : 'HNS session affinity';
    lines.push(
      choice.mode === 'kernelspace'
        ? `sessionAffinity ClientIP (${mechanism}, LoadBalancerDistributionSourceIP): HNS takes no timeout, so each client address keeps its endpoint for the whole run, whatever timeoutSeconds (${options.timeoutSeconds}s) says.`
        : `sessionAffinity ClientIP (${mechanism}, ${options.timeoutSeconds}s): each client address keeps its endpoint while it sends at least every ${options.timeoutSeconds}s; ${expired === 0 ? 'no affinity expired in this run' : `affinity expired and re-balanced ${expired} time${expired === 1 ? '' : 's'}`}.`,
    );
  }
  for (let c = 0; c < Math.min(clients, 4); c++) {
    const mine = run.stints.filter((s) => s.client === c);
    if (mine.length === 0) continue;
    if (mine.length > 6) {
      lines.push(`${run.clientIPs[c]}: changed endpoint ${mine.length - 1} times.`);
      continue;
    }
    const parts = mine.map(
      (s) => `${s.reason === 'affinity-expired' ? '(affinity expired) ' : ''}${servers[s.server]!.pod} ${seconds(s.from)}–${seconds(s.to)}`,
    );
    lines.push(`${run.clientIPs[c]}: ${parts.join(', then ')}.`);
  }
  return lines;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function seconds(t: number): string {
  return `${Math.round(t * 10) / 10}s`;
}
