/**
 * `kubectl get endpoints`: core/v1 Endpoints as the Endpoints controller writes them from the
 * pods (pkg/controller/endpoint), or as given in the files for a Service without a selector;
 * ENDPOINTS as kubectl's formatEndpoints prints it.
 */
import type { EndpointSlice } from '../../engine';
import type { ReadyContext } from '../context';
import type { Row } from './getRows';

interface Address {
  ip: string;
  nodeName?: string;
  targetRef?: { kind: string; namespace?: string; name: string };
}

interface EndpointPort {
  name?: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface EndpointsObject {
  apiVersion: 'v1';
  kind: 'Endpoints';
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  subsets?: { addresses?: Address[]; notReadyAddresses?: Address[]; ports?: EndpointPort[] }[];
}

/**
 * ENDPOINTS as formatEndpoints writes it: each ready address with each port (`ip:port`), at most
 * three, then ` + N more...`; addresses alone when a subset has no ports; `<none>` without subsets.
 *
 * @example
 * formatEndpoints({ subsets: [{ addresses: [{ ip: '10.244.1.2' }], ports: [{ port: 8080, protocol: 'TCP' }] }] }); // "10.244.1.2:8080"
 */
export function formatEndpoints(endpoints: Pick<EndpointsObject, 'subsets'>): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

/** net.JoinHostPort: an IPv6 address in brackets. */
const joinHostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** Go's bytes.Compare on the address text: the order RepackSubsets sorts addresses in. */
const byIP = (a: Address, b: Address): number => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

/**
 * The Endpoints the controller writes for a Service with a selector, from the same pods as its
 * EndpointSlices: a ready endpoint is an address, a not-ready one a not-ready address, a
 * terminating one is left out (unless publishNotReadyAddresses made it ready). Addresses with the
 * same ports share a subset (RepackSubsets).
 */
export function endpointsFromSlices(namespace: string, name: string, slices: readonly EndpointSlice[]): EndpointsObject {
  const subsets = new Map<string, { addresses: Address[]; notReadyAddresses: Address[]; ports: EndpointPort[] }>();
  for (const slice of slices) {
    const ports: EndpointPort[] = slice.ports
      .filter((p) => p.port !== undefined)
      .map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        port: p.port!,
        protocol: p.protocol ?? 'TCP',
        ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
      }));
    const key = JSON.stringify(ports);
    let subset = subsets.get(key);
    for (const e of slice.endpoints) {
      const ready = e.conditions.ready !== false;
      if (!ready && e.conditions.terminating === true) continue;
      for (const ip of e.addresses) {
        const address: Address = {
          ip,
          ...(e.nodeName ? { nodeName: e.nodeName } : {}),
          ...(e.targetRef ? { targetRef: { kind: e.targetRef.kind, namespace: e.targetRef.namespace, name: e.targetRef.name } } : {}),
        };
        if (!subset) subsets.set(key, (subset = { addresses: [], notReadyAddresses: [], ports }));
        (ready ? subset.addresses : subset.notReadyAddresses).push(address);
      }
    }
  }
  const packed = [...subsets.values()].map((s) => ({
    ...(s.addresses.length ? { addresses: [...s.addresses].sort(byIP) } : {}),
    ...(s.notReadyAddresses.length ? { notReadyAddresses: [...s.notReadyAddresses].sort(byIP) } : {}),
    ...(s.ports.length ? { ports: s.ports } : {}),
  }));
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name, namespace },
    ...(packed.length ? { subsets: packed } : {}),
  };
}

/** Every Endpoints object of the live cluster: the controller's, then those the files give for selectorless Services. */
export function endpointsObjects(context: ReadyContext): EndpointsObject[] {
  const report = context.report;
  const out: EndpointsObject[] = [];
  for (const service of report.services) {
    const live = context.cluster?.services.find((s) => s.metadata.namespace === service.namespace && s.metadata.name === service.name);
    if (!live?.selector || service.type === 'ExternalName') continue;
    const family = service.ipFamilies?.[0] ?? (service.clusterIP?.includes(':') ? 'IPv6' : 'IPv4');
    const slices = report.endpointSlices.filter(
      (s) =>
        s.metadata.namespace === service.namespace &&
        s.metadata.labels['kubernetes.io/service-name'] === service.name &&
        s.addressType === family,
    );
    out.push(endpointsFromSlices(service.namespace, service.name, slices));
  }
  for (const given of context.cluster?.endpoints ?? []) {
    const { namespace, name } = given.metadata;
    if (out.some((e) => e.metadata.namespace === namespace && e.metadata.name === name)) continue;
    const subsets = given.subsets.map((s) => ({
      ...(s.addresses.length ? { addresses: s.addresses.map(address) } : {}),
      ...(s.notReadyAddresses.length ? { notReadyAddresses: s.notReadyAddresses.map(address) } : {}),
      ...(s.ports.length ? { ports: s.ports.map((p) => ({ ...p })) } : {}),
    }));
    out.push({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name, namespace, ...(Object.keys(given.metadata.labels).length ? { labels: { ...given.metadata.labels } } : {}) },
      ...(subsets.length ? { subsets } : {}),
    });
  }
  return out;
}

function address(a: { ip: string; nodeName?: string; targetRef?: { kind: string; namespace?: string; name: string } }): Address {
  return {
    ip: a.ip,
    ...(a.nodeName ? { nodeName: a.nodeName } : {}),
    ...(a.targetRef
      ? {
          targetRef: {
            kind: a.targetRef.kind,
            ...(a.targetRef.namespace ? { namespace: a.targetRef.namespace } : {}),
            name: a.targetRef.name,
          },
        }
      : {}),
  };
}

export function endpointsRows(context: ReadyContext, clusterAge: string): Row[] {
  return endpointsObjects(context).map((e) => ({
    namespace: e.metadata.namespace,
    name: e.metadata.name,
    labels: e.metadata.labels ?? {},
    cells: [e.metadata.name, formatEndpoints(e), clusterAge],
    wide: [],
    object: () => e as unknown as Record<string, unknown>,
  }));
}
