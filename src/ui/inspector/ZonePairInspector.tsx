import { formatShare } from '../../engine';
import type { RoutingReport } from '../../engine';
import { localityWord } from '../../view/routeAriaLabel';
import { aggregateZonePairs, zonePairKey } from '../../view/zonePairs';

const REASONS_SHOWN = 4;

function zoneName(zone: string): string {
  return zone === '' ? 'nodes without a zone' : `zone ${zone}`;
}

/** One zone → zone edge of a large cluster's summary: what it sums and why kube-proxy sends traffic that way. */
export function ZonePairInspector({ report, id, service }: { report: RoutingReport; id: string; service: string | null }) {
  const all = aggregateZonePairs(report, service);
  const pair = all?.pairs.find((p) => zonePairKey(p.from, p.to, p.verdict) === id);
  if (!all || !pair) return <p className="kt-muted">This zone pair carries none of {service ?? 'the drawn Service'}’s traffic now.</p>;
  const lost = pair.verdict !== 'forward';
  const rest = pair.reasons.length - REASONS_SHOWN;
  return (
    <div className="kt-inspector__body" data-testid="zone-pair-inspector">
      <h2>
        {lost
          ? `${zoneName(pair.from)}: ${pair.verdict === 'drop' ? 'dropped' : 'rejected'}`
          : `${zoneName(pair.from)} → ${zoneName(pair.to)}`}
      </h2>
      <p>
        <strong>{formatShare(pair.share)}</strong> of {all.service}’s new connections (port {all.port}, from inside the cluster):{' '}
        {pair.clients} of its {all.clients} client pods run in {zoneName(pair.from)}, and kube-proxy on their nodes{' '}
        {lost
          ? `${pair.verdict === 'drop' ? 'drops' : 'rejects'} ${formatShare(pair.fromShare)} of their connections.`
          : `sends ${formatShare(pair.fromShare)} of their connections to ${pair.endpoints} endpoint${pair.endpoints === 1 ? '' : 's'} in ${zoneName(pair.to)}${pair.locality ? ` (${localityWord(pair.locality)})` : ''}.`}
      </p>
      <p className="kt-muted">
        Summed from each client’s routes in the report; every client counts alike. Zoom in to see the nodes, and further for each pod’s own
        routes.
      </p>
      <h3>Why (kube-proxy’s reasons)</h3>
      <ul data-testid="zone-pair-reasons">
        {pair.reasons.slice(0, REASONS_SHOWN).map((r) => (
          <li key={r.message}>
            {r.message || 'no reason given'}{' '}
            <span className="kt-muted">
              ({r.clients} client{r.clients === 1 ? '' : 's'})
            </span>
          </li>
        ))}
        {rest > 0 && <li className="kt-muted">…and {rest} more reasons</li>}
      </ul>
    </div>
  );
}
