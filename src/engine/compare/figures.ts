/** The comparison's figures, read from one routing report: locality shares, load, who is dropped. */
import { SERVICE_NAME_LABEL } from '../model';
import type { ClientRoute, IPFamilyName, RoutingReport } from '../report';
import type { ClientFigures, EndpointLoad, LoadFigures, LocalityShares, ScenarioFigures } from './types';

export function noShares(): LocalityShares {
  return { sameNode: 0, sameZone: 0, crossZone: 0, unknownZone: 0, dropped: 0, rejected: 0 };
}

const LOCALITY_FIELD = {
  'same-node': 'sameNode',
  'same-zone': 'sameZone',
  'cross-zone': 'crossZone',
  'unknown-zone': 'unknownZone',
} as const;

function clientFigures(route: ClientRoute, zone: string | undefined): ClientFigures {
  const shares = noShares();
  if (route.verdict === 'drop') shares.dropped = 1;
  else if (route.verdict === 'reject') shares.rejected = 1;
  else for (const ep of route.endpoints) shares[LOCALITY_FIELD[ep.locality]] += ep.weight;
  const last = route.trace.filter((s) => s.stage === 'kube-proxy').at(-1) ?? route.trace.at(-1);
  const figures: ClientFigures = {
    client: route.from,
    node: route.node,
    verdict: route.verdict,
    shares,
    endpoints:
      route.verdict === 'forward'
        ? route.endpoints.map((ep) => ({ pod: ep.pod, ...(ep.node ? { node: ep.node } : {}), weight: ep.weight, locality: ep.locality }))
        : [],
    reason: last?.message ?? '',
  };
  if (zone) figures.zone = zone;
  return figures;
}

/** The Service's endpoints as its EndpointSlices (of `family`, when given) list them (by pod, first copy wins). */
function serviceEndpoints(
  report: RoutingReport,
  service: string,
  family: IPFamilyName | undefined,
): { pod: string; node?: string; zone?: string; ready: boolean }[] {
  const [namespace, name] = service.split('/') as [string, string];
  const byPod = new Map<string, { pod: string; node?: string; zone?: string; ready: boolean }>();
  for (const slice of report.endpointSlices) {
    if (slice.metadata.namespace !== namespace || slice.metadata.labels[SERVICE_NAME_LABEL] !== name) continue;
    if (family && slice.addressType !== family) continue;
    for (const ep of slice.endpoints) {
      const pod = ep.targetRef ? `${ep.targetRef.namespace}/${ep.targetRef.name}` : (ep.addresses[0] ?? '');
      if (byPod.has(pod)) continue;
      byPod.set(pod, {
        pod,
        ...(ep.nodeName ? { node: ep.nodeName } : {}),
        ...(ep.zone ? { zone: ep.zone } : {}),
        ready: ep.conditions.ready !== false,
      });
    }
  }
  return [...byPod.values()];
}

function loadFigures(report: RoutingReport, service: string, forwarding: ClientFigures[], family: IPFamilyName | undefined): LoadFigures {
  const endpoints = new Map<string, EndpointLoad>();
  for (const ep of serviceEndpoints(report, service, family)) endpoints.set(ep.pod, { ...ep, share: 0 });
  for (const client of forwarding) {
    for (const ep of client.endpoints) {
      let load = endpoints.get(ep.pod);
      if (!load) endpoints.set(ep.pod, (load = { pod: ep.pod, ...(ep.node ? { node: ep.node } : {}), ready: false, share: 0 }));
      load.share += ep.weight / forwarding.length;
    }
  }
  const list = [...endpoints.values()].sort((a, b) => (a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0));
  const ready = list.filter((ep) => ep.ready);
  const evenShare = ready.length > 0 ? 1 / ready.length : list.length > 0 ? 1 / list.length : 0;
  const out: LoadFigures = { endpoints: list, evenShare, idle: ready.filter((ep) => ep.share === 0).map((ep) => ep.pod) };
  if (forwarding.length > 0 && list.length > 0) {
    const busiest = list.reduce((best, ep) => (ep.share > best.share + 1e-12 ? ep : best));
    out.busiest = busiest;
    out.overloadFactor = busiest.share / evenShare;
  }
  return out;
}

/**
 * The figures of `service`'s `port` in `report`: for each client pod its locality shares (what
 * kube-proxy on its node answered), overall shares with every running client sending the same
 * rate, each endpoint's share of the forwarded requests against an even split, and the clients
 * dropped, rejected or offline (pod not running, node NotReady: they send nothing).
 *
 * @example
 * scenarioFigures(report, 'default/echo-svc', 80).overall.sameNode; // 1 with PreferSameNode on the seed demo
 */
export function scenarioFigures(report: RoutingReport, service: string, port: number, family?: IPFamilyName): ScenarioFigures {
  const pods = new Map(report.pods.map((p) => [p.key, p]));
  const nodes = new Map(report.nodes.map((n) => [n.name, n]));
  const clients: ClientFigures[] = [];
  const offline: string[] = [];
  for (const route of report.routes) {
    if (route.service !== service || route.port !== port || route.traffic !== 'internal') continue;
    const pod = pods.get(route.from);
    const node = nodes.get(route.node);
    if (pod?.phase !== 'Running' || node?.ready !== true) {
      offline.push(route.from);
      continue;
    }
    clients.push(clientFigures(route, node.zone));
  }
  const overall = noShares();
  for (const client of clients) {
    for (const key of Object.keys(overall) as (keyof LocalityShares)[]) overall[key] += client.shares[key] / clients.length;
  }
  const forwarding = clients.filter((c) => c.verdict === 'forward');
  return {
    clients,
    overall,
    load: loadFigures(report, service, forwarding, family),
    dropped: clients.filter((c) => c.verdict === 'drop').map((c) => c.client),
    rejected: clients.filter((c) => c.verdict === 'reject').map((c) => c.client),
    offline,
    errors: report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
  };
}
