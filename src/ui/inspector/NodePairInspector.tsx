import type { RoutingReport } from '../../engine';
import { aggregateNodePairs } from '../../view/nodePairs';
import { RoutePairInspector, type PairWording } from './RoutePairInspector';

const NODES: PairWording = {
  kind: 'node',
  name: (node) => (node === '' ? 'endpoints without a node' : `node ${node}`),
  preposition: 'on',
  proxies: 'its kube-proxy',
  hint: 'Select the node for its kube-proxy’s view, or zoom in for each pod’s own routes.',
};

/** One node → node edge of a large cluster zoomed in to its nodes. */
export function NodePairInspector({ report, id, service }: { report: RoutingReport; id: string; service: string | null }) {
  return <RoutePairInspector all={aggregateNodePairs(report, service)} id={id} service={service} wording={NODES} />;
}
