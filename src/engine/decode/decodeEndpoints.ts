/** core/v1 Endpoints, validated as ValidateEndpoints does (pkg/apis/core/validation validateEndpointSubsets). */
import type { SourceRef } from '../diagnostics';
import type { EndpointAddress, Endpoints, Protocol } from '../model';
import { duplicate, invalid, notSupported, renderPath, required } from '../validation/fieldErrors';
import { INVALID_IP, isIP } from '../validation/ipAddress';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum } from '../validation/names';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readInt, readObj, readObjArray, readString, type Obj } from './read';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** The API server's warning for every v1 Endpoints request from 1.33 on. */
export const ENDPOINTS_DEPRECATION = 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

/**
 * Decodes an Endpoints object: subsets with ready and not-ready addresses and their ports.
 *
 * @example
 * decodeEndpoints({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'db' },
 *   subsets: [{ addresses: [{ ip: '192.0.2.42' }], ports: [{ port: 5432 }] }] }, ctx, source).subsets[0].ports[0].protocol; // 'TCP'
 */
export function decodeEndpoints(obj: Obj, ctx: ObjectContext, source: SourceRef): Endpoints {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'subdomain' });
  const subsets: Endpoints['subsets'] = [];
  for (const { item, index } of readObjArray(obj, 'subsets', ctx, [])) {
    const path = ['subsets', index];
    const addresses = readObjArray(item, 'addresses', ctx, path).map((a) => decodeAddress(a.item, ctx, [...path, 'addresses', a.index]));
    const notReady = readObjArray(item, 'notReadyAddresses', ctx, path).map((a) =>
      decodeAddress(a.item, ctx, [...path, 'notReadyAddresses', a.index]),
    );
    if (addresses.length === 0 && notReady.length === 0)
      ctx.error(path, required(renderPath(path), 'must specify `addresses` or `notReadyAddresses`'));
    const portItems = readObjArray(item, 'ports', ctx, path);
    const ports: Endpoints['subsets'][number]['ports'] = [];
    const names = new Set<string>();
    for (const { item: p, index: i } of portItems) {
      const at = [...path, 'ports', i];
      const name = readString(p, 'name', ctx, at) ?? '';
      const port = readInt(p, 'port', ctx, at) ?? 0;
      const protocol = readString(p, 'protocol', ctx, at) || 'TCP';
      const appProtocol = readString(p, 'appProtocol', ctx, at);
      if (portItems.length > 1 && !name) ctx.error(at, required(renderPath([...at, 'name'])));
      else if (name) {
        for (const msg of isDNS1123Label(name)) ctx.error([...at, 'name'], invalid(renderPath([...at, 'name']), name, msg));
        if (names.has(name)) ctx.error([...at, 'name'], duplicate(renderPath([...at, 'name']), name));
        names.add(name);
      }
      for (const msg of isValidPortNum(port)) ctx.error([...at, 'port'], invalid(renderPath([...at, 'port']), port, msg));
      if (!PROTOCOLS.includes(protocol)) ctx.error([...at, 'protocol'], notSupported(renderPath([...at, 'protocol']), protocol, PROTOCOLS));
      const out: Endpoints['subsets'][number]['ports'][number] = { port, protocol: protocol as Protocol };
      if (name) out.name = name;
      if (appProtocol) out.appProtocol = appProtocol;
      ports.push(out);
    }
    subsets.push({ addresses, notReadyAddresses: notReady, ports });
  }
  return { metadata, subsets, source };
}

function decodeAddress(item: Obj, ctx: ObjectContext, path: (string | number)[]): EndpointAddress {
  const ip = readString(item, 'ip', ctx, path) ?? '';
  const field = renderPath([...path, 'ip']);
  if (!ip) ctx.error(path, required(field));
  else if (!isIP(ip)) ctx.error([...path, 'ip'], invalid(field, ip, INVALID_IP));
  else {
    const special = specialRange(ip);
    if (special) ctx.error([...path, 'ip'], invalid(field, ip, special));
  }
  const address: EndpointAddress = { ip };
  const hostname = readString(item, 'hostname', ctx, path);
  if (hostname) {
    for (const msg of isDNS1123Label(hostname)) ctx.error([...path, 'hostname'], invalid(renderPath([...path, 'hostname']), hostname, msg));
    address.hostname = hostname;
  }
  const nodeName = readString(item, 'nodeName', ctx, path);
  if (nodeName) {
    for (const msg of isDNS1123Subdomain(nodeName))
      ctx.error([...path, 'nodeName'], invalid(renderPath([...path, 'nodeName']), nodeName, msg));
    address.nodeName = nodeName;
  }
  const ref = readObj(item, 'targetRef', ctx, path);
  if (ref) {
    const kind = readString(ref, 'kind', ctx, [...path, 'targetRef']) ?? '';
    const name = readString(ref, 'name', ctx, [...path, 'targetRef']) ?? '';
    const namespace = readString(ref, 'namespace', ctx, [...path, 'targetRef']);
    const uid = readString(ref, 'uid', ctx, [...path, 'targetRef']);
    address.targetRef = { kind, name, ...(namespace ? { namespace } : {}), ...(uid ? { uid } : {}) };
  }
  return address;
}

/** validateNonSpecialIP: endpoints may not point at unspecified, loopback, link-local or multicast addresses. */
function specialRange(ip: string): string | undefined {
  if (ip === '0.0.0.0' || ip === '::') return 'may not be unspecified (0.0.0.0)';
  if (ip.startsWith('127.') || ip === '::1') return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
  if (ip.startsWith('169.254.') || /^fe[89ab][0-9a-f]:/i.test(ip)) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
  if (ip.startsWith('224.0.0.') || /^ff02:/i.test(ip)) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  return undefined;
}
