import type { RoutingReport } from '../../engine';
import { aggregateZonePairs } from '../../view/zonePairs';
import { RoutePairInspector, type PairWording } from './RoutePairInspector';

const ZONES: PairWording = {
  kind: 'zone',
  name: (zone) => (zone === '' ? 'nodes without a zone' : `zone ${zone}`),
  preposition: 'in',
  proxies: 'kube-proxy on their nodes',
  hint: 'Zoom in to see the nodes, and further for each pod’s own routes.',
};

/** One zone → zone edge of a large cluster's summary. */
export function ZonePairInspector({ report, id, service }: { report: RoutingReport; id: string; service: string | null }) {
  return <RoutePairInspector all={aggregateZonePairs(report, service)} id={id} service={service} wording={ZONES} />;
}
