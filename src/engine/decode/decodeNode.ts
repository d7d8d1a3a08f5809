/** v1 Node: zone, roles, schedulability, taints, Ready, allocatable CPU, pod CIDRs and InternalIP addresses. */
import type { SourceRef } from '../diagnostics';
import { CONTROL_PLANE_LABEL, MASTER_LABEL, ZONE_LABEL, type Node, type NodeAddress } from '../model';
import { invalid } from '../validation/fieldErrors';
import { decodeObjectMeta } from './decodeObjectMeta';
import { decodeTaints } from './decodeTaintsAndTolerations';
import type { ObjectContext } from './objectContext';
import { QUANTITY_FORMAT_ERROR, parseMilli } from './quantity';
import { readBool, readObj, readObjArray, readString, readStringArray, type Obj } from './read';

/** Allocatable CPU assumed for a Node that does not say (a small VM). */
export const DEFAULT_NODE_CPU_MILLI = 4000;

/**
 * Decodes a Node. A Node without status is assumed Ready with 4 CPUs, said in one info.
 *
 * @example
 * decodeNode({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }, ctx, source).ready; // true
 */
export function decodeNode(obj: Obj, ctx: ObjectContext, source: SourceRef): Node {
  const metadata = decodeObjectMeta(obj, ctx, { namespaced: false, nameRule: 'subdomain' });
  const spec = readObj(obj, 'spec', ctx, []) ?? {};
  const unschedulable = readBool(spec, 'unschedulable', ctx, ['spec']) ?? false;
  const taints = decodeTaints(spec, ctx, ['spec']);
  const status = readObj(obj, 'status', ctx, []);
  const assumed: string[] = [];

  let ready = true;
  const conditions = status ? readObjArray(status, 'conditions', ctx, ['status']) : [];
  if (conditions.length === 0) assumed.push('Ready=True');
  else {
    const readyCondition = conditions.find(({ item }) => item.type === 'Ready');
    // NOTE: a Node that reports conditions but no Ready one is treated as not Ready, as the node lifecycle controller does (Unknown).
    ready =
      readyCondition !== undefined &&
      readString(readyCondition.item, 'status', ctx, ['status', 'conditions', readyCondition.index]) === 'True';
  }

  let allocatableCpuMilli = DEFAULT_NODE_CPU_MILLI;
  const allocatable = status ? readObj(status, 'allocatable', ctx, ['status']) : undefined;
  const cpu = allocatable?.cpu;
  if (typeof cpu === 'string' || typeof cpu === 'number') {
    const milli = parseMilli(cpu);
    if (milli === undefined || milli < 0)
      ctx.error(['status', 'allocatable', 'cpu'], invalid('status.allocatable[cpu]', cpu, QUANTITY_FORMAT_ERROR));
    else allocatableCpuMilli = milli;
  } else {
    if (cpu !== undefined && cpu !== null)
      ctx.error(['status', 'allocatable', 'cpu'], invalid('status.allocatable[cpu]', cpu, QUANTITY_FORMAT_ERROR));
    assumed.push('allocatable cpu "4" (4000m)');
  }
  if (assumed.length > 0) {
    const lead = status ? `${ctx.label} has an incomplete status` : `${ctx.label} has no status`;
    ctx.info(['metadata', 'name'], `${lead}; the playground assumes ${assumed.join(' and ')}`);
  }

  const zone = metadata.labels[ZONE_LABEL];
  const node: Node = {
    metadata,
    unschedulable,
    taints,
    ready,
    allocatableCpuMilli,
    controlPlane: CONTROL_PLANE_LABEL in metadata.labels || MASTER_LABEL in metadata.labels,
    source,
  };
  if (zone) node.zone = zone;
  // spec.podCIDRs, or the older single spec.podCIDR: what the NodeCIDR local-traffic detector reads.
  const podCIDRs = readStringArray(spec, 'podCIDRs', ctx, ['spec']);
  const podCIDR = readString(spec, 'podCIDR', ctx, ['spec']);
  if (podCIDRs.length) node.podCIDRs = podCIDRs;
  else if (podCIDR) node.podCIDRs = [podCIDR];
  const internalIPs = (status ? readObjArray(status, 'addresses', ctx, ['status']) : [])
    .filter(({ item }) => item.type === 'InternalIP' && typeof item.address === 'string')
    .map(({ item }) => item.address as string);
  if (internalIPs.length) node.internalIPs = internalIPs;
  const addresses = status ? decodeNodeAddresses(status, ctx) : [];
  if (addresses.length) node.addresses = addresses;
  return node;
}

/** status.addresses: each `{ type, address }` with both set, in the order written. */
function decodeNodeAddresses(status: Obj, ctx: ObjectContext): NodeAddress[] {
  const out: NodeAddress[] = [];
  for (const { item, index } of readObjArray(status, 'addresses', ctx, ['status'])) {
    const type = readString(item, 'type', ctx, ['status', 'addresses', index]);
    const address = readString(item, 'address', ctx, ['status', 'addresses', index]);
    if (type && address) out.push({ type, address });
  }
  return out;
}
