/**
 * Evaluates a declarative check on a routing report: a tour step's or challenge's "what you
 * should observe", confirmed by the engine's own answer.
 */
import type { ClientRoute, NodeView, RoutingReport } from '../report';
import { describeOutcome } from './describeRoute';
import { routeFailures } from './expectRoute';
import { hintsFailures, podsFailures } from './expectObjects';
import { requestsFailures } from './expectRequests';
import type { Check, CheckResult, RouteTarget, ViewTarget } from './types';

/**
 * @example
 * evaluateCheck(report, { route: { from: 'default/client', service: 'default/echo-svc' }, expect: { verdict: 'forward', allTo: { node: 'mnode-m02' } } });
 * // { pass: true, message: 'default/client → default/echo-svc: forward: echo-…@mnode-m02 100%' }
 */
export function evaluateCheck(report: RoutingReport, check: Check): CheckResult {
  if ('route' in check) {
    const routes = matchRoutes(report, check.route);
    if (routes.length === 0) return { pass: false, message: `no route ${describeRouteTarget(check.route)} in the report` };
    return collect(
      routes.map((r) => ({ subject: `${r.from} → ${r.service}:${r.port}`, view: r, failures: routeFailures(r, check.expect) })),
    );
  }
  if ('views' in check) {
    const views = matchViews(report, check.views);
    if (views.length === 0) return { pass: false, message: `no node matches ${describeViewTarget(check.views)}` };
    return collect(
      views.map((v) => ({
        subject: `${v.traffic} traffic on ${v.node} → ${v.service}:${v.port}`,
        view: v,
        failures: routeFailures(v, check.expect),
      })),
    );
  }
  if ('requests' in check) return requestsFailures(report, check.requests, check.expect);
  if ('hints' in check) return hintsFailures(report, check.hints.service, check.expect);
  return podsFailures(report, check.pods, check.expect);
}

/** Every check passes; the results in order. */
export function evaluateChecks(report: RoutingReport, checks: readonly Check[]): { pass: boolean; results: CheckResult[] } {
  const results = checks.map((check) => evaluateCheck(report, check));
  return { pass: results.every((r) => r.pass), results };
}

function collect(items: { subject: string; view: NodeView; failures: string[] }[]): CheckResult {
  const failed = items.filter((i) => i.failures.length > 0);
  const shown = failed.length > 0 ? failed : items;
  const lines = shown
    .slice(0, 4)
    .map((i) => `${i.subject}: ${describeOutcome(i.view)}${i.failures.length ? ` — ${i.failures.join('; ')}` : ''}`);
  if (shown.length > 4) lines.push(`… and ${shown.length - 4} more`);
  return { pass: failed.length === 0, message: lines.join('\n') };
}

function zoneOfNode(report: RoutingReport, node: string): string | undefined {
  return report.nodes.find((n) => n.name === node)?.zone;
}

function matchRoutes(report: RoutingReport, target: RouteTarget): ClientRoute[] {
  return report.routes.filter(
    (r) =>
      r.traffic === 'internal' &&
      r.service === target.service &&
      (target.port === undefined || r.port === target.port) &&
      (target.from === undefined || r.from === target.from) &&
      (target.fromNode === undefined || r.node === target.fromNode) &&
      (target.fromZone === undefined || zoneOfNode(report, r.node) === target.fromZone),
  );
}

function matchViews(report: RoutingReport, target: ViewTarget): NodeView[] {
  const traffic = target.traffic ?? 'internal';
  const localNodes = new Set(
    report.endpointSlices
      .filter((s) => s.metadata.namespace + '/' + s.metadata.labels['kubernetes.io/service-name'] === target.service)
      .flatMap((s) => s.endpoints.filter((ep) => ep.conditions.ready !== false && ep.nodeName).map((ep) => ep.nodeName!)),
  );
  const out: NodeView[] = [];
  for (const group of report.serviceViews) {
    if (group.service !== target.service || group.traffic !== traffic) continue;
    if (target.port !== undefined && group.port !== target.port) continue;
    for (const cls of group.classes) {
      for (const node of cls.nodes) {
        if (target.node !== undefined && node !== target.node) continue;
        if (target.zone !== undefined && zoneOfNode(report, node) !== target.zone) continue;
        if (target.withLocalEndpoint !== undefined && localNodes.has(node) !== target.withLocalEndpoint) continue;
        const { nodes: _nodes, ...result } = cls;
        out.push({
          ...result,
          node,
          service: group.service,
          port: group.port,
          protocol: group.protocol,
          traffic: group.traffic,
          ...(group.portName ? { portName: group.portName } : {}),
        });
      }
    }
  }
  return out;
}

function describeRouteTarget(t: RouteTarget): string {
  const from = t.from ?? (t.fromNode ? `clients on ${t.fromNode}` : t.fromZone ? `clients in ${t.fromZone}` : 'any client');
  return `from ${from} to ${t.service}${t.port ? `:${t.port}` : ''}`;
}

function describeViewTarget(t: ViewTarget): string {
  const where = t.node ?? (t.zone ? `zone ${t.zone}` : 'any node');
  return `${where} for ${t.service} (${t.traffic ?? 'internal'} traffic)`;
}
