/**
 * What the canvas draws for routes, derived from the report only: one edge per client (or
 * external entry) and endpoint it reaches, and one drop/reject mark where traffic dies. No
 * routing rule is re-derived here; weights, verdicts and reasons are the engine's.
 */
import { expandViews, formatShare } from '../engine';
import type { Locality, RoutingReport, TraceStep, Verdict } from '../engine';
import { boxId } from './layout';

export interface RouteEdgeModel {
  id: string;
  /** data-testid: route-<from>-><pod>, route-drop-<from> or route-reject-<from>. */
  testId: string;
  /** Client pod key, or "external:<node>" for traffic arriving at a node from outside. */
  from: string;
  source: string;
  /** An endpoint pod box, or the source node's kube-proxy box for dropped/rejected traffic. */
  target: string;
  /** The kube-proxy box the traffic passes through. */
  via: string;
  verdict: Verdict;
  /** Share of new connections (0..1); 1 for dropped/rejected traffic. */
  share: number;
  label: string;
  locality?: Locality;
  service: string;
  port: number;
  /** Node the traffic starts from. */
  node: string;
  targetPod?: string;
  targetNode?: string;
  targetZone?: string;
  external: boolean;
  /** A route merged over pods drawn as chips: each pod's share (targetPod is then unset). */
  pods?: { pod: string; label: string }[];
  /** Why: the engine's last trace step (shown on hover/focus). */
  reason: string;
  trace: TraceStep[];
}

/** Service keys that have client routes, in report order. */
export function servicesWithRoutes(report: Pick<RoutingReport, 'routes'>): string[] {
  return [...new Set(report.routes.map((r) => r.service))];
}

/** The Service drawn when the toolbar has none selected: the first with client routes, else the first. */
export function defaultService(report: Pick<RoutingReport, 'routes' | 'services'>): string | null {
  return servicesWithRoutes(report)[0] ?? report.services[0]?.key ?? null;
}

/** The port whose routes are drawn for a Service: the first one the report has routes or views for. */
export function drawnPort(report: Pick<RoutingReport, 'routes' | 'serviceViews' | 'services'>, service: string): number | undefined {
  return (
    report.routes.find((r) => r.service === service)?.port ??
    report.serviceViews.find((v) => v.service === service)?.port ??
    report.services.find((s) => s.key === service)?.ports[0]?.port
  );
}

export function isExternallyReachable(report: Pick<RoutingReport, 'services'>, service: string): boolean {
  const type = report.services.find((s) => s.key === service)?.type;
  return type === 'NodePort' || type === 'LoadBalancer';
}

const verdictWord = {
  drop: 'dropped',
  reject: 'rejected',
  forward: 'forwarded',
} as const;

/**
 * Route edges for the given Services (each at its drawn port).
 *
 * @example
 * buildRouteEdges(report, ['default/echo-svc']).map((e) => e.testId);
 * // ['route-default/client->default/echo-…', …]
 */
export function buildRouteEdges(report: RoutingReport, services: readonly string[]): RouteEdgeModel[] {
  const edges: RouteEdgeModel[] = [];
  for (const service of services) {
    const port = drawnPort(report, service);
    if (port === undefined) continue;
    const sources: {
      from: string;
      source: string;
      node: string;
      external: boolean;
      verdict: Verdict;
      endpoints: RoutingReport['routes'][number]['endpoints'];
      trace: TraceStep[];
    }[] = [];
    for (const route of report.routes) {
      if (route.service !== service || route.port !== port || route.traffic !== 'internal') continue;
      sources.push({
        from: route.from,
        source: boxId.pod(route.from),
        node: route.node,
        external: false,
        verdict: route.verdict,
        endpoints: route.endpoints,
        trace: route.trace,
      });
    }
    if (isExternallyReachable(report, service)) {
      const views = expandViews({
        serviceViews: report.serviceViews.filter((v) => v.service === service && v.port === port && v.traffic === 'external'),
      });
      for (const view of views) {
        sources.push({
          from: `external:${view.node}`,
          source: boxId.external(view.node),
          node: view.node,
          external: true,
          verdict: view.verdict,
          endpoints: view.endpoints,
          trace: view.trace,
        });
      }
    }
    for (const src of sources) {
      const via = boxId.proxy(src.node);
      const reason = src.trace[src.trace.length - 1]?.message ?? '';
      const common = {
        from: src.from,
        source: src.source,
        via,
        service,
        port,
        node: src.node,
        external: src.external,
        trace: src.trace,
      };
      if (src.verdict !== 'forward') {
        edges.push({
          ...common,
          id: `route:${service}:${port}:${src.from}:${src.verdict}`,
          testId: `route-${src.verdict}-${src.from}`,
          target: via,
          verdict: src.verdict,
          share: 1,
          label: verdictWord[src.verdict],
          reason,
        });
        continue;
      }
      for (const endpoint of src.endpoints) {
        if (endpoint.weight <= 0) continue;
        edges.push({
          ...common,
          id: `route:${service}:${port}:${src.from}->${endpoint.pod}`,
          testId: `route-${src.from}->${endpoint.pod}`,
          target: boxId.pod(endpoint.pod),
          verdict: 'forward',
          share: endpoint.weight,
          label: formatShare(endpoint.weight),
          locality: endpoint.locality,
          targetPod: endpoint.pod,
          ...(endpoint.node ? { targetNode: endpoint.node } : {}),
          ...(endpoint.zone ? { targetZone: endpoint.zone } : {}),
          reason,
        });
      }
    }
  }
  return edges;
}

export type Selection = {
  kind: 'pod' | 'node' | 'zone' | 'service' | 'external' | 'zone-pair' | 'node-pair';
  id: string;
} | null;

/**
 * Whether a selection concerns an edge: a client's own routes, who reaches a pod, node or zone,
 * a Service's routes, or one external entry's routes.
 */
export function edgeMatchesSelection(edge: RouteEdgeModel, selection: NonNullable<Selection>): boolean {
  switch (selection.kind) {
    case 'pod':
      return edge.from === selection.id || edge.targetPod === selection.id;
    case 'node':
      return (
        edge.targetNode === selection.id ||
        (edge.verdict !== 'forward' && edge.node === selection.id) ||
        (edge.external && edge.node === selection.id)
      );
    case 'zone':
      return edge.targetZone === selection.id;
    case 'service':
      return edge.service === selection.id;
    case 'external':
      return edge.from === `external:${selection.id}`;
    case 'zone-pair':
    case 'node-pair':
      // Aggregates of a large cluster's levels of detail: they are drawn as edges of their own.
      return false;
  }
}
