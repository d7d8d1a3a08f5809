/**
 * A large cluster zoomed out: each zone (or shared area) as counts, its nodes grouped into the
 * engine's node classes for the drawn Service port (nodes a class holds get the same answer from
 * kube-proxy), each class with its routing summary, and where the zone's clients send traffic,
 * zone by zone. Derived from the report only; no routing rule is re-derived here.
 */
import { formatShare } from '../engine';
import type { Locality, RoutingReport, Verdict } from '../engine';
import { boxId } from './layout';
import { drawnPort } from './routeModel';

export interface ClassSummary {
  id: string;
  /** Members of the class in this zone. */
  nodes: number;
  /** The first member (by name): selecting the class selects it, every member answers alike. */
  first: string;
  pods: number;
  clients: number;
  verdict: Verdict | null;
  /** kube-proxy's answer in a few words, e.g. "3 endpoints: 100% same zone". */
  summary: string;
  /** kube-proxy's last reason (for the tooltip). */
  reason: string;
  /** Every member's name: the class is marked when one of them (or a pod on one) is selected. */
  members: ReadonlySet<string>;
}

export interface AreaSummary {
  /** The area's box id in the layout. */
  id: string;
  nodes: number;
  pods: number;
  clients: number;
  /** Largest first. */
  classes: ClassSummary[];
  /** Share of this area's clients' new connections that reach each zone, largest first. */
  routes: { zone: string; share: number }[];
  /** Clients here whose traffic is dropped or rejected (share of connections). */
  lost: number;
}

const LOCALITY_WORDS: Record<Locality, string> = {
  'same-node': 'same node',
  'same-zone': 'same zone',
  'cross-zone': 'other zones',
  'unknown-zone': 'zone unknown',
};

function classText(verdict: Verdict, endpoints: RoutingReport['routes'][number]['endpoints']): string {
  if (verdict === 'drop') return 'drops new connections';
  if (verdict === 'reject') return 'rejects new connections';
  const live = endpoints.filter((e) => e.weight > 0);
  const byLocality = new Map<Locality, number>();
  for (const e of live) byLocality.set(e.locality, (byLocality.get(e.locality) ?? 0) + e.weight);
  const shares = [...byLocality]
    .sort((a, b) => b[1] - a[1])
    .map(([locality, share]) => `${formatShare(share)} ${LOCALITY_WORDS[locality]}`)
    .join(', ');
  return `${live.length} endpoint${live.length === 1 ? '' : 's'}: ${shares}`;
}

/** The area box a node is drawn in. */
function areaOf(zone: string | undefined): string {
  return zone ? boxId.zone(zone) : boxId.noZone();
}

/**
 * Summaries by area box id, for `service` at its drawn port (internal traffic).
 *
 * @example
 * summarizeAreas(report, 'default/echo-svc').get('zone:zone-a')?.classes[0]?.summary; // "2 endpoints: 100% same zone"
 */
export function summarizeAreas(report: RoutingReport, service: string | null): Map<string, AreaSummary> {
  const areas = new Map<string, AreaSummary>();
  const area = (id: string) => {
    let found = areas.get(id);
    if (!found) areas.set(id, (found = { id, nodes: 0, pods: 0, clients: 0, classes: [], routes: [], lost: 0 }));
    return found;
  };
  const zoneOfNode = new Map<string, string | undefined>();
  for (const node of report.nodes) {
    zoneOfNode.set(node.name, node.zone);
    area(areaOf(node.zone)).nodes++;
  }
  const podsOn = new Map<string, { pods: number; clients: number }>();
  for (const pod of report.pods) {
    const scheduled = pod.node !== undefined && zoneOfNode.has(pod.node);
    const summary = area(scheduled ? areaOf(zoneOfNode.get(pod.node!)) : boxId.unscheduled());
    summary.pods++;
    if (pod.client) summary.clients++;
    if (scheduled) {
      let counts = podsOn.get(pod.node!);
      if (!counts) podsOn.set(pod.node!, (counts = { pods: 0, clients: 0 }));
      counts.pods++;
      if (pod.client) counts.clients++;
    }
  }

  // The node classes of the drawn Service port, split by area.
  const port = service ? drawnPort(report, service) : undefined;
  const group = report.serviceViews.find((v) => v.service === service && v.port === port && v.traffic === 'internal');
  const classed = new Set<string>();
  group?.classes.forEach((cls, index) => {
    const perArea = new Map<string, string[]>();
    for (const name of cls.nodes) {
      if (!zoneOfNode.has(name)) continue;
      classed.add(name);
      const id = areaOf(zoneOfNode.get(name));
      const list = perArea.get(id);
      if (list) list.push(name);
      else perArea.set(id, [name]);
    }
    const summary = classText(cls.verdict, cls.endpoints);
    const reason = cls.trace[cls.trace.length - 1]?.message ?? '';
    for (const [id, names] of perArea) area(id).classes.push(classOf(`${id}#${index}`, names, podsOn, cls.verdict, summary, reason));
  });
  // Nodes no class of the drawn port holds (no Service drawn): one group per area.
  const rest = new Map<string, string[]>();
  for (const node of report.nodes) {
    if (classed.has(node.name)) continue;
    const id = areaOf(node.zone);
    const list = rest.get(id);
    if (list) list.push(node.name);
    else rest.set(id, [node.name]);
  }
  for (const [id, names] of rest) {
    const why = service ? `no kube-proxy view of ${service}` : 'no Service drawn';
    area(id).classes.push(classOf(`${id}#rest`, names, podsOn, null, why, ''));
  }
  for (const summary of areas.values()) summary.classes.sort((a, b) => b.nodes - a.nodes || (a.first < b.first ? -1 : 1));

  // Where each area's clients send the drawn Service's traffic, zone by zone.
  if (service !== null && port !== undefined) {
    const sent = new Map<string, { clients: Set<string>; to: Map<string, number>; lost: number }>();
    for (const route of report.routes) {
      if (route.service !== service || route.port !== port || route.traffic !== 'internal') continue;
      const id = areaOf(zoneOfNode.get(route.node));
      let entry = sent.get(id);
      if (!entry) sent.set(id, (entry = { clients: new Set(), to: new Map(), lost: 0 }));
      entry.clients.add(route.from);
      if (route.verdict !== 'forward') entry.lost += 1;
      else for (const e of route.endpoints) if (e.weight > 0) entry.to.set(e.zone ?? '', (entry.to.get(e.zone ?? '') ?? 0) + e.weight);
    }
    for (const [id, entry] of sent) {
      const clients = entry.clients.size;
      const summary = area(id);
      summary.routes = [...entry.to]
        .map(([zone, weight]) => ({ zone, share: weight / clients }))
        .sort((a, b) => b.share - a.share || (a.zone < b.zone ? -1 : 1));
      summary.lost = entry.lost / clients;
    }
  }
  return areas;
}

function classOf(
  id: string,
  names: string[],
  podsOn: Map<string, { pods: number; clients: number }>,
  verdict: Verdict | null,
  summary: string,
  reason: string,
): ClassSummary {
  let pods = 0;
  let clients = 0;
  let first = names[0]!;
  for (const name of names) {
    const counts = podsOn.get(name);
    if (counts) {
      pods += counts.pods;
      clients += counts.clients;
    }
    if (name < first) first = name;
  }
  return { id, nodes: names.length, first, pods, clients, verdict, summary, reason, members: new Set(names) };
}
