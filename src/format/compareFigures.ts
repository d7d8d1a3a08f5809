/** Words and numbers of the policy comparison, shared by its text table and the Compare panel. */
import { formatShare, shortObjectKey, type EndpointLoad, type Estimate, type LoadFigures, type LocalityShares } from '../engine';

/** "1445.4 GB", with thousands grouped. */
export function formatGb(gb: number): string {
  return `${gb.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: gb > 0 && gb < 10 ? 1 : 0 })} GB`;
}

/** "$28.91". */
export function formatUsd(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "0.525 ms", or "–" when no forwarded request has a known zone. */
export function formatLatency(estimate: Estimate): string {
  return estimate.meanLatencyMs === undefined ? '–' : `${Math.round(estimate.meanLatencyMs * 1000) / 1000} ms`;
}

/** "×1.67", the busiest endpoint's share over an even split. */
export function formatOverload(load: LoadFigures): string {
  return load.overloadFactor === undefined ? '–' : `×${(Math.round(load.overloadFactor * 100) / 100).toFixed(2)}`;
}

/** "echo-7f87489d76-4lzt6@mnode-m02". */
export function endpointLabel(ep: Pick<EndpointLoad, 'pod' | 'node'>): string {
  return `${shortObjectKey(ep.pod)}${ep.node ? `@${ep.node}` : ''}`;
}

/** "node 50% · zone 0% · cross 50%", plus what was dropped, rejected or went to a zone-less node. */
export function formatShares(shares: LocalityShares): string {
  const parts = [`node ${formatShare(shares.sameNode)}`, `zone ${formatShare(shares.sameZone)}`, `cross ${formatShare(shares.crossZone)}`];
  if (shares.unknownZone > 0) parts.push(`no zone ${formatShare(shares.unknownZone)}`);
  if (shares.dropped > 0) parts.push(`dropped ${formatShare(shares.dropped)}`);
  if (shares.rejected > 0) parts.push(`rejected ${formatShare(shares.rejected)}`);
  return parts.join(' · ');
}
