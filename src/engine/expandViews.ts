import { viewLookupFor } from './proxy/viewLookup';
import type { NodeView, RoutingReport, ServicePortViews, ViewClass } from './report';

/**
 * One view per node × service port × traffic kind, as the JSON report lists them. The engine
 * computes each class of identical nodes once; this spells the classes out per node.
 *
 * @example
 * expandViews(report).filter((v) => v.node === 'mnode-m02');
 */
export function expandViews(report: Pick<RoutingReport, 'serviceViews'>): NodeView[] {
  const views: NodeView[] = [];
  for (const group of report.serviceViews) {
    for (const cls of group.classes) {
      for (const node of cls.nodes) views.push(nodeView(group, cls, node));
    }
  }
  return views;
}

/**
 * The views of one node, one per service port and traffic kind: its class in each group, found
 * through the group's lookup rather than by spelling out every node of every class.
 *
 * @example
 * viewsOfNode(report, 'mnode-m02').map((v) => `${v.service}:${v.port} ${v.verdict}`);
 */
export function viewsOfNode(report: Pick<RoutingReport, 'serviceViews'>, node: string): NodeView[] {
  const views: NodeView[] = [];
  for (const group of report.serviceViews) {
    const cls = viewLookupFor(group)(node);
    if (cls) views.push(nodeView(group, cls, node));
  }
  return views;
}

/**
 * A class shared by the nodes of a zone says where its endpoints are relative to the zone; spelled
 * out for one node, the endpoints on that node are on the same node.
 */
function endpointsSeenFrom(endpoints: ViewClass['endpoints'], node: string): ViewClass['endpoints'] {
  if (!endpoints.some((ep) => ep.node === node && ep.locality !== 'same-node')) return endpoints;
  return endpoints.map((ep) => (ep.node === node && ep.locality !== 'same-node' ? { ...ep, locality: 'same-node' as const } : ep));
}

function nodeView(group: ServicePortViews, cls: ViewClass, node: string): NodeView {
  const view: NodeView = {
    node,
    service: group.service,
    port: group.port,
    protocol: group.protocol,
    traffic: group.traffic,
    verdict: cls.verdict,
    endpoints: endpointsSeenFrom(cls.endpoints, node),
    trace: cls.trace,
  };
  if (group.portName) view.portName = group.portName;
  if (group.ipFamily) view.ipFamily = group.ipFamily;
  return view;
}
