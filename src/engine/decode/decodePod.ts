/** v1 Pod: metadata, placement fields, container ports, phase, IPs and readiness. */
import type { SourceRef } from '../diagnostics';
import type { Pod, PodPhase } from '../model';
import { notSupported } from '../validation/fieldErrors';
import { decodeObjectMeta } from './decodeObjectMeta';
import { decodePodSpec } from './decodePodSpec';
import type { ObjectContext } from './objectContext';
import { arrayValue, forEachObjItem, isObj, objValue, stringValue, type Obj } from './read';

const PHASES: readonly PodPhase[] = ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'];

// Paths are read-only (readers copy before extending): one of each for every pod.
const NO_PATH: readonly string[] = [];
const SPEC_PATH: readonly string[] = ['spec'];
const STATUS_PATH: readonly string[] = ['status'];
const META_OPTIONS = { namespaced: true, nameRule: 'subdomain' } as const;

/**
 * Decodes a Pod. A Pod without status runs where spec.nodeName says (or waits for the scheduler),
 * is assumed Ready and gets an IP from the scheduler stage, said in one info. A Pod with a status
 * is taken as written: no Ready condition means not Ready, no podIP means no endpoint.
 *
 * @example
 * decodePod({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'c' }, spec: { containers: [{ name: 'c' }] } }, ctx, src)
 *   .status.phase; // 'Pending' (the scheduler places it)
 */
export function decodePod(obj: Obj, ctx: ObjectContext, source: SourceRef): Pod {
  const metadata = decodeObjectMeta(obj, ctx, META_OPTIONS);
  const written = objValue(obj.spec, obj, 'spec', ctx, NO_PATH) ?? {};
  const given = typeof written.nodeName === 'string' && written.nodeName ? written.nodeName : undefined;
  const spec: Pod['spec'] = decodePodSpec(written, metadata.labels, ctx, SPEC_PATH, given);
  // Read after the spec, as before, so that a wrong type is reported in the same order.
  const nodeName = stringValue(written.nodeName, written, 'nodeName', ctx, SPEC_PATH) || undefined;
  const writtenStatus = objValue(obj.status, obj, 'status', ctx, NO_PATH);
  // An empty status says nothing: read like no status at all.
  const status = writtenStatus && hasKeys(writtenStatus) ? writtenStatus : undefined;
  // What the pod leaves unset or is assumed to have, listed only when there is something to say.
  let assumed: string[] | undefined;
  let unset: string[] | undefined;

  let phase = status && stringValue(status.phase, status, 'phase', ctx, STATUS_PATH);
  if (phase && !(PHASES as readonly string[]).includes(phase)) {
    ctx.error(['status', 'phase'], notSupported('status.phase', phase, PHASES));
    phase = undefined;
  }
  if (!phase && status) {
    phase = 'Pending';
    (unset ??= []).push('no phase (Pending)');
  } else if (!phase) {
    phase = nodeName ? 'Running' : 'Pending';
    (assumed ??= []).push(nodeName ? `phase Running (spec.nodeName is ${nodeName})` : 'phase Pending until the scheduler places it');
  }

  // Loops rather than forEachObj's callbacks: no closure per pod of a large cluster.
  let readyCondition: Obj | undefined;
  if (status) {
    const items = arrayValue(status.conditions, status, 'conditions', ctx, STATUS_PATH);
    if (!items.every(isObj)) forEachObjItem(items, ctx, STATUS_PATH, 'conditions', ignoreItem);
    for (const item of items) {
      if (!isObj(item)) continue;
      if (!readyCondition && item.type === 'Ready') readyCondition = item;
    }
    if (!readyCondition) (unset ??= []).push('no Ready condition (not Ready)');
  } else (assumed ??= []).push('Ready=True');
  // IsPodReady: only a Ready condition with status True; a pod without status is assumed Ready.
  const ready = status ? readyCondition !== undefined && readyCondition.status === 'True' : true;

  let podIPs: string[] = [];
  if (status) {
    const items = arrayValue(status.podIPs, status, 'podIPs', ctx, STATUS_PATH);
    // An exact-size list when every item carries an address (as any real pod's do). A single-stack
    // pod's in an array literal: V8 allocates a literal that outlives the young generation (the
    // list stays in the report as its endpoints' addresses) straight into the old one, a list from
    // map() it copies out of the young generation twice.
    if (items.every(hasIP)) podIPs = items.length === 1 ? [ipOf(items[0])] : items.map(ipOf);
    else {
      if (!items.every(isObj)) forEachObjItem(items, ctx, STATUS_PATH, 'podIPs', ignoreItem);
      for (const item of items) if (hasIP(item)) podIPs.push(item.ip);
    }
    const podIP = stringValue(status.podIP, status, 'podIP', ctx, STATUS_PATH);
    if (podIP && !podIPs.includes(podIP)) podIPs.unshift(podIP);
    if (podIPs.length === 0 && phase !== 'Succeeded' && phase !== 'Failed') (unset ??= []).push('no podIP (so no endpoint)');
  }
  if (assumed) ctx.info(['metadata', 'name'], `${ctx.label} has no status; the playground assumes ${assumed.join(' and ')}`);
  if (unset) {
    ctx.info(
      ['status'],
      `${ctx.label} has a status with ${unset.join(', ')}; the playground takes it as written (only a pod without status gets an assumed IP and readiness)`,
    );
  }

  // A dump's pod (with its status) in one literal of the same key order: no property added after
  // creation, so the 150,000 pods of a large dump share one shape.
  const pod: Pod = status
    ? { metadata, spec, status: { phase: phase as PodPhase, podIPs, ready }, source, statusGiven: true }
    : { metadata, spec, status: { phase: phase as PodPhase, podIPs, ready }, source };
  const controllerRef = controllerOf(obj.metadata);
  if (controllerRef) pod.controllerRef = controllerRef;
  return pod;
}

/** metadata.ownerReferences' entry with `controller: true` (what `kubectl get -o yaml` shows for a controller's pod). */
function controllerOf(metadata: unknown): Pod['controllerRef'] {
  if (!isObj(metadata) || !Array.isArray(metadata.ownerReferences)) return undefined;
  for (const ref of metadata.ownerReferences) {
    if (isObj(ref) && ref.controller === true && typeof ref.kind === 'string' && typeof ref.name === 'string')
      return { kind: ref.kind, name: ref.name };
  }
  return undefined;
}
/** The object has an own enumerable key (Object.keys without the list). */
function hasKeys(obj: Obj): boolean {
  for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) return true;
  return false;
}

/** forEachObjItem reports the items that are not objects; the loops skip them. */
function ignoreItem(): void {}

function hasIP(item: unknown): item is { ip: string } {
  return isObj(item) && typeof item.ip === 'string' && item.ip !== '';
}

function ipOf(item: unknown): string {
  return (item as { ip: string }).ip;
}
