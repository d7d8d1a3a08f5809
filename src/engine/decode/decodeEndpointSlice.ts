/** discovery.k8s.io/v1 EndpointSlice, normalised into the model (validation: discovery validation.go). */
import { SERVICE_NAME_LABEL, type EndpointSlice, type Protocol, type SliceEndpoint } from '../model';
import { notSupported, renderPath, required, tooMany } from '../validation/fieldErrors';
import type { FeatureGates } from '../version';
import { decodeObjectMeta } from './decodeObjectMeta';
import type { ObjectContext } from './objectContext';
import { readBool, readInt, readObj, readObjArray, readString, readStringArray, type Obj } from './read';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
/** discovery/v1 maxZoneHints / maxNodeHints. */
export const MAX_HINTS = 8;
const MAX_ADDRESSES = 100;
const MAX_ENDPOINTS = 1000;

/**
 * Decodes an EndpointSlice. Without a generated name, a `generateName` gets a stable suffix.
 * forNodes hints are dropped on write while PreferSameTrafficDistribution is off.
 *
 * @example
 * decodeEndpointSlice(sliceObj, ctx, gates)?.endpoints[0].conditions.ready;
 */
export function decodeEndpointSlice(obj: Obj, ctx: ObjectContext, gates: FeatureGates): EndpointSlice {
  const meta = decodeObjectMeta(obj, ctx, { namespaced: true, nameRule: 'subdomain', keepGenerateName: true });
  if (!meta.name && meta.generateName) ctx.name = meta.name = `${meta.generateName}${stableSuffix(obj)}`;
  const addressType = readString(obj, 'addressType', ctx, []) ?? '';
  if (!addressType) ctx.error([], required('addressType'));
  else if (!ADDRESS_TYPES.includes(addressType)) ctx.error(['addressType'], notSupported('addressType', addressType, ADDRESS_TYPES));

  const endpoints: SliceEndpoint[] = [];
  const items = readObjArray(obj, 'endpoints', ctx, []);
  if (items.length > MAX_ENDPOINTS) ctx.error(['endpoints'], tooMany('endpoints', items.length, MAX_ENDPOINTS));
  let droppedNodeHints = false;
  for (const { item, index } of items) {
    const path = ['endpoints', index];
    const addresses = readStringArray(item, 'addresses', ctx, path);
    if (addresses.length === 0) ctx.error(path, required(renderPath([...path, 'addresses']), 'must contain at least 1 address'));
    else if (addresses.length > MAX_ADDRESSES)
      ctx.error([...path, 'addresses'], tooMany(renderPath([...path, 'addresses']), addresses.length, MAX_ADDRESSES));
    const cond = readObj(item, 'conditions', ctx, path) ?? {};
    const conditions: SliceEndpoint['conditions'] = {};
    for (const key of ['ready', 'serving', 'terminating'] as const) {
      const value = readBool(cond, key, ctx, [...path, 'conditions']);
      if (value !== undefined) conditions[key] = value;
    }
    const endpoint: SliceEndpoint = { addresses, conditions };
    const nodeName = readString(item, 'nodeName', ctx, path);
    if (nodeName) endpoint.nodeName = nodeName;
    const zone = readString(item, 'zone', ctx, path);
    if (zone) endpoint.zone = zone;
    const hints = readObj(item, 'hints', ctx, path);
    if (hints) {
      const forZones = readNames(hints, 'forZones', ctx, [...path, 'hints']);
      let forNodes = readNames(hints, 'forNodes', ctx, [...path, 'hints']);
      if (forNodes && !gates.PreferSameTrafficDistribution) {
        droppedNodeHints = true;
        forNodes = undefined;
      }
      endpoint.hints = {};
      if (forZones) endpoint.hints.forZones = forZones;
      if (forNodes) endpoint.hints.forNodes = forNodes;
    }
    const ref = readObj(item, 'targetRef', ctx, path);
    if (ref && ref.kind === 'Pod' && typeof ref.name === 'string') {
      endpoint.targetRef = {
        kind: 'Pod',
        namespace: typeof ref.namespace === 'string' && ref.namespace ? ref.namespace : meta.namespace,
        name: ref.name,
      };
      if (typeof ref.uid === 'string') endpoint.targetRef.uid = ref.uid;
    }
    endpoints.push(endpoint);
  }
  if (droppedNodeHints) {
    ctx.warning(
      ['endpoints'],
      'hints.forNodes: dropped on write: the PreferSameTrafficDistribution feature gate is disabled on the API server',
    );
  }

  const ports: EndpointSlice['ports'] = [];
  for (const { item, index } of readObjArray(obj, 'ports', ctx, [])) {
    const path = ['ports', index];
    const port: EndpointSlice['ports'][number] = {};
    const name = readString(item, 'name', ctx, path);
    if (name) port.name = name;
    const number = readInt(item, 'port', ctx, path);
    if (number !== undefined) port.port = number;
    const protocol = readString(item, 'protocol', ctx, path) || 'TCP';
    if (!['SCTP', 'TCP', 'UDP'].includes(protocol))
      ctx.error([...path, 'protocol'], notSupported(renderPath([...path, 'protocol']), protocol, ['SCTP', 'TCP', 'UDP']));
    port.protocol = protocol as Protocol;
    const appProtocol = readString(item, 'appProtocol', ctx, path);
    if (appProtocol) port.appProtocol = appProtocol;
    ports.push(port);
  }

  const metadata: EndpointSlice['metadata'] = { name: meta.name, namespace: meta.namespace, labels: meta.labels };
  if (meta.generateName) metadata.generateName = meta.generateName;
  if (Object.keys(meta.annotations).length > 0) metadata.annotations = meta.annotations;
  const metaObj = readObj(obj, 'metadata', ctx, []);
  const owners = metaObj && readObjArray(metaObj, 'ownerReferences', ctx, ['metadata']);
  if (owners && owners.length > 0) {
    metadata.ownerReferences = owners.map(({ item }) => {
      const ref: NonNullable<EndpointSlice['metadata']['ownerReferences']>[number] = {
        apiVersion: String(item.apiVersion ?? ''),
        kind: String(item.kind ?? ''),
        name: String(item.name ?? ''),
      };
      if (typeof item.controller === 'boolean') ref.controller = item.controller;
      return ref;
    });
  }
  if (!meta.labels[SERVICE_NAME_LABEL]) {
    ctx.warning(['metadata', 'labels'], `${ctx.label} has no ${SERVICE_NAME_LABEL} label, so no Service uses it; ignored`);
  }
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata,
    addressType: addressType as EndpointSlice['addressType'],
    endpoints,
    ports,
  };
}

function readNames(
  hints: Obj,
  key: 'forZones' | 'forNodes',
  ctx: ObjectContext,
  path: (string | number)[],
): { name: string }[] | undefined {
  if (hints[key] === undefined || hints[key] === null) return undefined;
  const out: { name: string }[] = [];
  const items = readObjArray(hints, key, ctx, path);
  if (items.length > MAX_HINTS) ctx.error([...path, key], tooMany(renderPath([...path, key]), items.length, MAX_HINTS));
  for (const { item, index } of items) {
    const name = readString(item, 'name', ctx, [...path, key, index]);
    if (name === undefined) ctx.error([...path, key, index], required(renderPath([...path, key, index, 'name'])));
    else out.push({ name });
  }
  return out;
}

/** A deterministic 5-character suffix, like the API server's random one but stable across runs. */
function stableSuffix(obj: Obj): string {
  let hash = 2166136261;
  const text = JSON.stringify(obj.endpoints ?? null) ?? '';
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36).padStart(5, '0').slice(-5);
}
