import type { NodeView, RoutingReport } from './report';

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
      for (const node of cls.nodes) {
        const view: NodeView = {
          node,
          service: group.service,
          port: group.port,
          protocol: group.protocol,
          traffic: group.traffic,
          verdict: cls.verdict,
          endpoints: cls.endpoints,
          trace: cls.trace,
        };
        if (group.portName) view.portName = group.portName;
        views.push(view);
      }
    }
  }
  return views;
}
