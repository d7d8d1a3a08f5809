import { formatShare } from '../../engine';
import type { RoutingReport } from '../../engine';
import { localityWord } from '../../view/routeAriaLabel';
import { aggregateNodePairs } from '../../view/nodePairs';
import { pairKey } from '../../view/routePairs';

const REASONS_SHOWN = 4;

function nodeName(node: string): string {
  return node === '' ? 'endpoints without a node' : `node ${node}`;
}

/** One node → node edge of a large cluster zoomed in to its nodes: what it sums and why kube-proxy sends traffic that way. */
export function NodePairInspector({ report, id, service }: { report: RoutingReport; id: string; service: string | null }) {
  const all = aggregateNodePairs(report, service);
  const pair = all?.pairs.find((p) => pairKey(p.from, p.to, p.verdict) === id);
  if (!all || !pair) return <p className="kt-muted">This node pair carries none of {service ?? 'the drawn Service'}’s traffic now.</p>;
  const lost = pair.verdict !== 'forward';
  const rest = pair.reasons.length - REASONS_SHOWN;
  return (
    <div className="kt-inspector__body" data-testid="node-pair-inspector">
      <h2>
        {lost
          ? `${nodeName(pair.from)}: ${pair.verdict === 'drop' ? 'dropped' : 'rejected'}`
          : `${nodeName(pair.from)} → ${nodeName(pair.to)}`}
      </h2>
      <p>
        <strong>{formatShare(pair.share)}</strong> of {all.service}’s new connections (port {all.port}, from inside the cluster):{' '}
        {pair.clients} of its {all.clients} client pods run on {nodeName(pair.from)}, and its kube-proxy{' '}
        {lost
          ? `${pair.verdict === 'drop' ? 'drops' : 'rejects'} ${formatShare(pair.fromShare)} of their connections.`
          : `sends ${formatShare(pair.fromShare)} of their connections to ${pair.endpoints} endpoint${pair.endpoints === 1 ? '' : 's'} on ${nodeName(pair.to)}${pair.locality ? ` (${localityWord(pair.locality)})` : ''}.`}
      </p>
      <p className="kt-muted">
        Summed from each client’s routes in the report; every client counts alike. Select the node for its kube-proxy’s view, or zoom in for
        each pod’s own routes.
      </p>
      <h3>Why (kube-proxy’s reasons)</h3>
      <ul data-testid="node-pair-reasons">
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
