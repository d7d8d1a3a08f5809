/**
 * EndpointSlices → kube-proxy endpoints for one service port (pkg/proxy/endpointslicecache.go).
 */
import type { EndpointSlice, ServicePort } from '../model';
import type { FeatureGates } from '../version';
import { canonicalIP, mayBeNonCanonicalIP } from '../validation/cidr';
import { endpointKey, type ProxyEndpoint } from './proxyEndpoint';

export interface ServicePortEndpoints {
  /** Sorted by "IP:port" string, the order kube-proxy programs them in. */
  endpoints: ProxyEndpoint[];
  /** Some endpoint carried forNodes hints that kube-proxy dropped because its gate is off. */
  ignoredNodeHints: boolean;
}

const NO_HINTS: readonly string[] = Object.freeze([]);

/**
 * The endpoints kube-proxy keeps for `port` from a Service's slices. Slice ports match by name
 * and protocol; conditions default as kube-proxy reads them (ready/serving ⇒ true when missing,
 * terminating ⇒ false); an IP:port listed in two slices keeps a non-terminating copy.
 *
 * @example
 * endpointsForServicePort(slices, { port: 80, targetPort: 5678, protocol: 'TCP' }, gates).endpoints[0].key;
 * // "10.244.1.2:5678"
 */
export function endpointsForServicePort(slices: readonly EndpointSlice[], port: ServicePort, gates: FeatureGates): ServicePortEndpoints {
  const all: ProxyEndpoint[] = [];
  let ignoredNodeHints = false;
  const portName = port.name ?? '';
  // Slices are visited by name so that duplicates resolve the same way on every run.
  const ordered = slices.length > 1 ? [...slices].sort((a, b) => cmp(a.metadata.name, b.metadata.name)) : slices;
  for (const slice of ordered) {
    // NOTE: kube-proxy only watches IP slices of its own family; FQDN slices never reach it.
    if (slice.addressType === 'FQDN') continue;
    const slicePort = findSlicePort(slice.ports, portName, port.protocol);
    if (!slicePort || slicePort.port === undefined) continue;
    const namespace = slice.metadata.namespace;
    // The pods of a slice live in its namespace: "namespace/" is joined once per slice, not per endpoint.
    const prefix = `${namespace}/`;
    for (const ep of slice.endpoints) {
      const written = ep.addresses[0];
      if (!written) continue;
      // kube-proxy keys endpoints by netutils.ParseIPSloppy(address).String(): "10.244.1.005" is 10.244.1.5.
      const ip = mayBeNonCanonicalIP(written) ? canonicalIP(written) : written;
      const hints = ep.hints;
      const nodeHints = hints?.forNodes ? hints.forNodes.map((h) => h.name) : NO_HINTS;
      if (nodeHints.length && !gates.PreferSameTrafficDistribution) ignoredNodeHints = true;
      all.push(
        new CachedEndpoint(
          ip,
          slicePort.port,
          ep.conditions.ready ?? true,
          ep.conditions.serving ?? true,
          ep.conditions.terminating ?? false,
          hints?.forZones ? hints.forZones.map((h) => h.name) : NO_HINTS,
          gates.PreferSameTrafficDistribution && nodeHints.length ? nodeHints : NO_HINTS,
          ep.targetRef ? podKey(ep.targetRef, namespace, prefix) : ip,
          ep.nodeName || undefined,
          ep.zone || undefined,
        ),
      );
    }
  }
  // A stable sort puts the copies of one IP:port side by side in the order they were read: the
  // first is kept unless it is terminating and a later one is not (kube-proxy's map of endpoints).
  all.sort(compareEndpointKeys);
  let kept = 0;
  for (let i = 0; i < all.length; i++) {
    const ep = all[i]!;
    if (kept > 0 && all[kept - 1]!.ip === ep.ip && all[kept - 1]!.port === ep.port) {
      if (all[kept - 1]!.terminating && !ep.terminating) all[kept - 1] = ep;
      continue;
    }
    all[kept++] = ep;
  }
  all.length = kept;
  return { endpoints: all, ignoredNodeHints };
}

/**
 * An endpoint as the cache keeps it. Its "IP:port" key is joined when read (by the rules view, or
 * to order IPv6 endpoints): a large cluster's 150,000 endpoints need none. Every field is set in
 * the constructor, undefined ones too: a property added later costs each endpoint a second store.
 */
class CachedEndpoint implements ProxyEndpoint {
  constructor(
    readonly ip: string,
    readonly port: number,
    readonly ready: boolean,
    readonly serving: boolean,
    readonly terminating: boolean,
    readonly zoneHints: readonly string[],
    readonly nodeHints: readonly string[],
    readonly pod: string,
    readonly nodeName: string | undefined,
    readonly zone: string | undefined,
  ) {}

  get key(): string {
    return endpointKey(this.ip, this.port);
  }
}

/** "namespace/name" of a slice endpoint's pod (its targetRef's namespace defaults to the slice's). */
function podKey(ref: { namespace?: string; name: string }, namespace: string, prefix: string): string {
  return ref.namespace && ref.namespace !== namespace ? `${ref.namespace}/${ref.name}` : prefix + ref.name;
}

function findSlicePort(ports: EndpointSlice['ports'], name: string, protocol: string): EndpointSlice['ports'][number] | undefined {
  for (const p of ports) if ((p.name ?? '') === name && (p.protocol ?? 'TCP') === protocol) return p;
  return undefined;
}

/**
 * The order of the endpoints' "IP:port" strings, compared from their IP and port without reading
 * the joined key (a concatenation each comparison would first have to copy into one string):
 * where one IPv4 address is a prefix of the other, the shorter one's ':' meets a digit.
 *
 * @example
 * compareEndpointKeys(ep('10.0.0.10', 8080), ep('10.0.0.1', 8080)); // < 0, as "10.0.0.10:8080" < "10.0.0.1:8080"
 */
export function compareEndpointKeys(a: ProxyEndpoint, b: ProxyEndpoint): number {
  const x = a.ip;
  const y = b.ip;
  // IPv6 keys are bracketed ("[::1]:80"): compare the keys themselves.
  if (x.includes(':') || y.includes(':')) return cmp(a.key, b.key);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  if (x.length !== y.length) return x.length < y.length ? COLON - y.charCodeAt(n) : x.charCodeAt(n) - COLON;
  return a.port === b.port ? 0 : cmp(String(a.port), String(b.port));
}

const COLON = 0x3a;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
