import { formatShare } from '../../engine';
import { localityWord } from '../../view/routeAriaLabel';
import { pairKey, type RoutePair, type RoutePairs } from '../../view/routePairs';

const REASONS_SHOWN = 4;

/** How a pair's ends are named and placed in the sentences: zones hold nodes, nodes run pods. */
export interface PairWording {
  /** 'zone' or 'node': the test ids and the empty-pair sentence. */
  kind: 'zone' | 'node';
  name(place: string): string;
  /** "in" a zone, "on" a node. */
  preposition: string;
  /** Who programs the rules for the pair's clients. */
  proxies: string;
  /** Where to look next. */
  hint: string;
}

/** One aggregated route edge (zone → zone, node → node): what it sums and why kube-proxy sends traffic that way. */
export function RoutePairInspector({
  all,
  id,
  service,
  wording,
}: {
  all: RoutePairs | null;
  id: string;
  service: string | null;
  wording: PairWording;
}) {
  const pair: RoutePair | undefined = all?.pairs.find((p) => pairKey(p.from, p.to, p.verdict) === id);
  if (!all || !pair)
    return (
      <p className="kt-muted">
        This {wording.kind} pair carries none of {service ?? 'the drawn Service'}’s traffic now.
      </p>
    );
  const { name, preposition } = wording;
  const lost = pair.verdict !== 'forward';
  const rest = pair.reasons.length - REASONS_SHOWN;
  return (
    <div className="kt-inspector__body" data-testid={`${wording.kind}-pair-inspector`}>
      <h2>{lost ? `${name(pair.from)}: ${pair.verdict === 'drop' ? 'dropped' : 'rejected'}` : `${name(pair.from)} → ${name(pair.to)}`}</h2>
      <p>
        <strong>{formatShare(pair.share)}</strong> of {all.service}’s new connections (port {all.port}, from inside the cluster):{' '}
        {pair.clients} of its {all.clients} client pods run {preposition} {name(pair.from)}, and {wording.proxies}{' '}
        {lost
          ? `${pair.verdict === 'drop' ? 'drops' : 'rejects'} ${formatShare(pair.fromShare)} of their connections.`
          : `sends ${formatShare(pair.fromShare)} of their connections to ${pair.endpoints} endpoint${pair.endpoints === 1 ? '' : 's'} ${preposition} ${name(pair.to)}${pair.locality ? ` (${localityWord(pair.locality)})` : ''}.`}
      </p>
      <p className="kt-muted">Summed from each client’s routes in the report; every client counts alike. {wording.hint}</p>
      <h3>Why (kube-proxy’s reasons)</h3>
      <ul data-testid={`${wording.kind}-pair-reasons`}>
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
