/** The CLI's table format: the routing report for people reading a terminal. */
import type { Diagnostic, ClientRoute, NodeView, RoutingReport, ServicePortViews, TraceStep, ViewClass, WeightedEndpoint } from '../engine';
import { shortObjectKey, formatShare } from '../engine';
import { escapeTerminal } from './escapeTerminal';
import { alignColumns, uniqCountLine } from './textTable';

/** `file:line:col: severity: message`, the way compilers print diagnostics. */
export function formatDiagnostic(d: Diagnostic): string {
  return escapeTerminal(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`, 'cell');
}

/** Endpoints listed per row before the rest are summed up as "+N more". */
export const MAX_LISTED_ENDPOINTS = 8;

/** `echo-…-abcde@mnode-m02 50%`, one per endpoint in the report's order, the tail summed up. */
export function formatEndpoints(view: { verdict: string; endpoints: readonly WeightedEndpoint[] }): string {
  if (view.verdict !== 'forward' || view.endpoints.length === 0) return '-';
  const listed = view.endpoints.slice(0, MAX_LISTED_ENDPOINTS).map((e) => `${endpointLabel(e.pod, e.node)} ${formatShare(e.weight)}`);
  const rest = view.endpoints.slice(MAX_LISTED_ENDPOINTS);
  if (rest.length) listed.push(`+${rest.length} more ${formatShare(rest.reduce((sum, e) => sum + e.weight, 0))}`);
  return listed.join(', ');
}

function endpointLabel(pod: string, node: string | undefined): string {
  return node ? `${shortObjectKey(pod)}@${node}` : shortObjectKey(pod);
}

function formatPort(view: Pick<NodeView, 'port' | 'portName' | 'protocol'>): string {
  return `${view.portName ? `${view.portName}:` : ''}${view.port}/${view.protocol}`;
}

/** A dual-stack Service's rows carry their IP family in a FAMILY column (only when the report has one). */
const familyCell = (dualStack: boolean, item: { ipFamily?: string }): string[] => (dualStack ? [item.ipFamily ?? '-'] : []);

/**
 * The views' groups with a dual-stack Service's second family right after its first, so that the
 * table reads one Service port at a time.
 */
function groupsInOrder(report: RoutingReport): ServicePortViews[] {
  const second = report.secondaryFamily?.serviceViews;
  if (!second) return report.serviceViews;
  const sameSlot = (a: ServicePortViews, b: ServicePortViews) =>
    a.service === b.service && a.port === b.port && a.protocol === b.protocol && a.traffic === b.traffic;
  const out: ServicePortViews[] = [];
  for (const group of report.serviceViews) out.push(group, ...second.filter((g) => sameSlot(g, group)));
  for (const group of second) if (!report.serviceViews.some((g) => sameSlot(g, group))) out.push(group);
  return out;
}

/** The client routes with a dual-stack Service's second family right after the first, client by client. */
export function routesInOrder(report: Pick<RoutingReport, 'routes' | 'secondaryFamily'>): ClientRoute[] {
  const second = report.secondaryFamily?.routes;
  if (!second) return report.routes;
  const sameSlot = (a: ClientRoute, b: ClientRoute) =>
    a.from === b.from && a.service === b.service && a.port === b.port && a.protocol === b.protocol;
  const out: ClientRoute[] = [];
  for (const route of report.routes) out.push(route, ...second.filter((r) => sameSlot(r, route)));
  for (const route of second) if (!report.routes.some((r) => sameSlot(r, route))) out.push(route);
  return out;
}

/** One row per node × service port × traffic kind (× IP family for dual stack), nodes in the report's order. */
function viewRows(report: RoutingReport): string[][] {
  const dualStack = report.secondaryFamily !== undefined;
  const zoneOf = new Map(report.nodes.map((n) => [n.name, n.zone ?? '-']));
  const rows: string[][] = [['NODE', 'ZONE', 'SERVICE', 'PORT', ...(dualStack ? ['FAMILY'] : []), 'TRAFFIC', 'VERDICT', 'ENDPOINTS']];
  for (const group of groupsInOrder(report)) {
    const classOf = new Map<string, ViewClass>();
    for (const cls of group.classes) for (const node of cls.nodes) classOf.set(node, cls);
    const nodes = [...report.nodes.map((n) => n.name).filter((n) => classOf.has(n)), ...[...classOf.keys()].filter((n) => !zoneOf.has(n))];
    for (const node of nodes) {
      const cls = classOf.get(node)!;
      rows.push(
        cells([
          node,
          zoneOf.get(node) ?? '-',
          group.service,
          formatPort(group),
          ...familyCell(dualStack, group),
          group.traffic,
          cls.verdict,
          formatEndpoints(cls),
        ]),
      );
    }
  }
  return rows;
}

function routeRows(routes: readonly ClientRoute[], dualStack: boolean): string[][] {
  const rows = [['FROM', 'NODE', 'SERVICE', 'PORT', ...(dualStack ? ['FAMILY'] : []), 'TRAFFIC', 'VERDICT', 'ENDPOINTS']];
  for (const r of routes)
    rows.push(cells([r.from, r.node, r.service, formatPort(r), ...familyCell(dualStack, r), r.traffic, r.verdict, formatEndpoints(r)]));
  return rows;
}

/** A row's cells with their control characters made visible (before the columns are aligned). */
function cells(row: string[]): string[] {
  return row.map((cell) => escapeTerminal(cell, 'cell'));
}

const familyNote = (route: ClientRoute): string => (route.ipFamily ? ` (${route.ipFamily})` : '');

function formatTrace(trace: readonly TraceStep[]): string[] {
  return trace.map((step) => `    ${step.stage} (${step.rule}): ${step.message}`);
}

/**
 * Which nodes pass the load balancer's health check and why (externalTrafficPolicy Local with a
 * healthCheckNodePort): the healthCheckNodePort step of each external view, once per Service and
 * class of nodes, with the nodes named.
 */
function healthCheckLines(report: RoutingReport): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const group of groupsInOrder(report)) {
    if (group.traffic !== 'external') continue;
    for (const cls of group.classes) {
      for (const step of cls.trace) {
        if (step.rule !== 'healthCheckNodePort') continue;
        // The step names one node, or a class of nodes ("nodes in zone-b"): then the nodes are listed.
        const named = cls.nodes.length === 1 && step.message.includes(`node ${cls.nodes[0]} `);
        const line = `  ${group.service}${group.ipFamily ? ` (${group.ipFamily})` : ''}${named ? '' : ` [${cls.nodes.join(', ')}]`}: ${step.message}`;
        if (!seen.has(line)) {
          seen.add(line);
          lines.push(line);
        }
      }
    }
  }
  return lines.length ? ['', 'Load-balancer health checks (healthCheckNodePort, externalTrafficPolicy Local):', ...lines] : [];
}

/** `sort | uniq -c` of POD@NODE per route, as the article's hit.sh prints. */
function requestLines(report: RoutingReport, route: ClientRoute): string[] {
  const nodeOf = new Map<string, string | undefined>(report.pods.map((p) => [p.key, p.node]));
  for (const e of route.endpoints) nodeOf.set(e.pod, e.node);
  const counts = Object.entries(route.requests ?? {})
    .filter(([, count]) => count > 0)
    .map(([pod, count]) => ({ label: pod === 'dropped' || pod === 'rejected' ? `(${pod})` : endpointLabel(pod, nodeOf.get(pod)), count }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return [
    `Requests from ${route.from} to ${route.service}:${formatPort(route)}${familyNote(route)}:`,
    ...counts.map((c) => uniqCountLine(c.count, c.label)),
  ];
}

/**
 * Renders a report as text: diagnostics, per-node views, client routes with their reasons, and
 * request counts when the report carries them.
 *
 * @example
 * process.stdout.write(formatTable(analyzeFiles(files, { requests: 20 })));
 */
export function formatTable(report: RoutingReport): string {
  const lines: string[] = [];
  for (const d of report.diagnostics) lines.push(formatDiagnostic(d));
  if (lines.length) lines.push('');

  lines.push(
    `Kubernetes ${report.kubernetesVersion}, kube-proxy${report.kubeProxyVersion ? ` ${report.kubeProxyVersion}` : ''} mode ${report.proxyMode}${report.ipvsScheduler ? ` (${report.ipvsScheduler})` : ''}`,
  );
  lines.push('');
  const views = viewRows(report);
  const dnsOnly = report.services.filter((s) => s.dns);
  if (views.length > 1) lines.push(...alignColumns(views));
  else if (dnsOnly.length === 0) lines.push('No Service has ports to route.');
  if (dnsOnly.length) {
    if (views.length > 1) lines.push('');
    for (const s of dnsOnly) lines.push(`${s.key}: ${s.dns!.message}`);
  }
  lines.push(...healthCheckLines(report));

  const routes = routesInOrder(report);
  if (routes.length) {
    lines.push('', ...alignColumns(routeRows(routes, report.secondaryFamily !== undefined)));
    lines.push('', 'Why:');
    for (const route of routes) {
      lines.push(`  ${route.from} → ${route.service}:${formatPort(route)}${familyNote(route)}`, ...formatTrace(route.trace));
    }
    for (const route of routes) if (route.requests) lines.push('', ...requestLines(report, route));
  }
  return lines.map((line) => escapeTerminal(line, 'cell')).join('\n') + '\n';
}
