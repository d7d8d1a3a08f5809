/** The parts of a PodSpec that placement and routing need (Pods and Deployment templates). */
import type { ContainerPort, Labels, PodSpecTemplate, Protocol, TopologySpreadConstraint } from '../model';
import { invalid, notSupported, renderPath, required } from '../validation/fieldErrors';
import { isValidPortName, isValidPortNum } from '../validation/names';
import { decodeLabelSelector, decodeNodeSelectorTerms } from './decodeLabelSelector';
import { decodeTolerations } from './decodeTaintsAndTolerations';
import type { ObjectContext } from './objectContext';
import type { PortListBuilder } from './portListBuilder';
import {
  arrayValue,
  forEachObjItem,
  intValue,
  isObj,
  objValue,
  readArray,
  readInt,
  readObj,
  readObjArray,
  readString,
  readStringMap,
  type Obj,
} from './read';

type Path = readonly (string | number)[];

// Most pods of a large cluster set none of these: they share one read-only empty value.
const NONE: readonly never[] = Object.freeze([]);
const NO_NODE_SELECTOR: Labels = Object.freeze({});

function absent(value: unknown): boolean {
  return value === undefined || value === null;
}
export const PROTOCOLS: readonly Protocol[] = ['SCTP', 'TCP', 'UDP'];

/**
 * Reads a PodSpec at `path` (['spec'] for a Pod, ['spec', 'template', 'spec'] for a Deployment).
 * A Pod's own spec passes its spec.nodeName, which the result then carries last.
 *
 * @example
 * decodePodSpec(pod.spec, { app: 'echo' }, ctx, ['spec']).containerPorts; // [{ containerPort: 5678, protocol: 'TCP' }]
 */
export function decodePodSpec(
  spec: Obj,
  labels: Labels,
  ctx: ObjectContext,
  path: Path,
  nodeName?: string,
): PodSpecTemplate & { nodeName?: string } {
  const affinity = objValue(spec.affinity, spec, 'affinity', ctx, path);
  const nodeAffinity = affinity && readObj(affinity, 'nodeAffinity', ctx, [...path, 'affinity']);
  const requiredPath = nodeAffinity ? [...path, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'] : [];
  const requiredTerms =
    nodeAffinity && readObj(nodeAffinity, 'requiredDuringSchedulingIgnoredDuringExecution', ctx, requiredPath.slice(0, -1));
  const grace = intValue(spec.terminationGracePeriodSeconds, spec, 'terminationGracePeriodSeconds', ctx, path, 'int64');
  if (grace !== undefined && grace < 0) {
    ctx.error(
      [...path, 'terminationGracePeriodSeconds'],
      invalid(renderPath([...path, 'terminationGracePeriodSeconds']), grace, 'must be greater than or equal to 0'),
    );
  }
  const nodeSelector = absent(spec.nodeSelector) ? NO_NODE_SELECTOR : (readStringMap(spec, 'nodeSelector', ctx, path) ?? {});
  const requiredNodeAffinity = requiredTerms ? decodeNodeSelectorTerms(requiredTerms, ctx, requiredPath) : (NONE as []);
  const tolerations = absent(spec.tolerations) ? (NONE as []) : decodeTolerations(spec, ctx, path);
  const topologySpreadConstraints = absent(spec.topologySpreadConstraints) ? (NONE as []) : decodeSpreadConstraints(spec, ctx, path);
  const containerPorts = decodeContainerPorts(spec, ctx, path);
  const terminationGracePeriodSeconds = grace ?? 30;
  // A bound pod's nodeName goes in the literal itself (last, as if added after): 150,000 pods get no
  // second store, nor a shape transition (measured, see the README's Benchmarks).
  if (nodeName)
    return {
      labels,
      nodeSelector,
      requiredNodeAffinity,
      tolerations,
      topologySpreadConstraints,
      containerPorts,
      terminationGracePeriodSeconds,
      nodeName,
    };
  return {
    labels,
    nodeSelector,
    requiredNodeAffinity,
    tolerations,
    topologySpreadConstraints,
    containerPorts,
    terminationGracePeriodSeconds,
  };
}

function decodeContainerPorts(spec: Obj, ctx: ObjectContext, path: Path): ContainerPort[] {
  const ports = ctx.memo.portList.begin(ctx.memo.previousPorts);
  const containers = arrayValue(spec.containers, spec, 'containers', ctx, path);
  // Paths are spelled out only when something is wrong, and no closure is made per pod: this
  // runs for every pod of a large cluster.
  let objects = 0;
  for (const container of containers) if (isObj(container)) objects++;
  if (objects !== containers.length) forEachObjItem(containers, ctx, path, 'containers', ignoreItem);
  if (objects === 0) ctx.error([...path], required(renderPath([...path, 'containers'])));
  for (let c = 0; c < containers.length; c++) {
    const container = containers[c];
    if (!isObj(container) || container.ports === undefined || container.ports === null) continue;
    const items = Array.isArray(container.ports)
      ? (container.ports as unknown[])
      : readArray(container, 'ports', ctx, [...path, 'containers', c]);
    if (items.every(isObj)) {
      for (let i = 0; i < items.length; i++) decodeContainerPort(items[i] as Obj, ctx, path, c, i, ports);
    } else {
      forEachObjItem(items, ctx, [...path, 'containers', c], 'ports', (item, index) =>
        decodeContainerPort(item, ctx, path, c, index, ports),
      );
    }
  }
  return (ctx.memo.previousPorts = ports.result());
}

function ignoreItem(): void {}

/** isValidPortName, skipped for the name the pod before found valid (pods of a workload name ports alike). */
function validPortNameProblems(name: string, ctx: ObjectContext): readonly string[] {
  if (name === ctx.memo.validPortName) return NONE;
  const problems = isValidPortName(name);
  if (problems.length === 0) ctx.memo.validPortName = name;
  return problems;
}

function portPathOf(path: Path, c: number, index: number): Path {
  return [...path, 'containers', c, 'ports', index];
}

function decodeContainerPort(item: Obj, ctx: ObjectContext, path: Path, c: number, index: number, ports: PortListBuilder): void {
  const before = ctx.errorCount;
  // The typed readers (and the path they report at) only for a value present with a wrong type.
  const { name: rawName, containerPort: rawPort, protocol: rawProtocol } = item;
  const name =
    typeof rawName === 'string' ? rawName : absent(rawName) ? undefined : readString(item, 'name', ctx, portPathOf(path, c, index));
  const containerPort =
    typeof rawPort === 'number' && Number.isInteger(rawPort)
      ? rawPort
      : absent(rawPort)
        ? undefined
        : readInt(item, 'containerPort', ctx, portPathOf(path, c, index));
  const protocol =
    (typeof rawProtocol === 'string'
      ? rawProtocol
      : absent(rawProtocol)
        ? undefined
        : readString(item, 'protocol', ctx, portPathOf(path, c, index))) || 'TCP';
  // Index loops: the checks return one shared empty list when valid, nothing to iterate.
  const nameProblems = name ? validPortNameProblems(name, ctx) : NONE;
  for (let i = 0; i < nameProblems.length; i++)
    ctx.error(
      [...portPathOf(path, c, index), 'name'],
      invalid(renderPath([...portPathOf(path, c, index), 'name']), name, nameProblems[i]!),
    );
  if (containerPort === undefined)
    ctx.error(portPathOf(path, c, index), required(renderPath([...portPathOf(path, c, index), 'containerPort'])));
  else {
    const portProblems = isValidPortNum(containerPort);
    for (let i = 0; i < portProblems.length; i++) {
      ctx.error(
        [...portPathOf(path, c, index), 'containerPort'],
        invalid(renderPath([...portPathOf(path, c, index), 'containerPort']), containerPort, portProblems[i]!),
      );
    }
  }
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
    ctx.error(
      [...portPathOf(path, c, index), 'protocol'],
      notSupported(renderPath([...portPathOf(path, c, index), 'protocol']), protocol, PROTOCOLS),
    );
  }
  if (ctx.errorCount !== before || containerPort === undefined) return;
  ports.add(name || undefined, containerPort, protocol as Protocol);
}

function decodeSpreadConstraints(spec: Obj, ctx: ObjectContext, path: Path): TopologySpreadConstraint[] {
  const out: TopologySpreadConstraint[] = [];
  for (const { item, index } of readObjArray(spec, 'topologySpreadConstraints', ctx, path)) {
    const p = [...path, 'topologySpreadConstraints', index];
    const before = ctx.errorCount;
    const maxSkew = readInt(item, 'maxSkew', ctx, p) ?? 0;
    const topologyKey = readString(item, 'topologyKey', ctx, p) ?? '';
    const whenUnsatisfiable = readString(item, 'whenUnsatisfiable', ctx, p) ?? '';
    const minDomains = readInt(item, 'minDomains', ctx, p);
    const selector = readObj(item, 'labelSelector', ctx, p);
    if (maxSkew <= 0) ctx.error([...p, 'maxSkew'], invalid(renderPath([...p, 'maxSkew']), maxSkew, 'must be greater than zero'));
    if (!topologyKey) ctx.error(p, required(renderPath([...p, 'topologyKey']), 'can not be empty'));
    if (whenUnsatisfiable !== 'DoNotSchedule' && whenUnsatisfiable !== 'ScheduleAnyway') {
      ctx.error(
        [...p, 'whenUnsatisfiable'],
        notSupported(renderPath([...p, 'whenUnsatisfiable']), whenUnsatisfiable, ['DoNotSchedule', 'ScheduleAnyway']),
      );
    }
    if (minDomains !== undefined && minDomains <= 0)
      ctx.error([...p, 'minDomains'], invalid(renderPath([...p, 'minDomains']), minDomains, 'must be greater than zero'));
    const labelSelector = selector ? decodeLabelSelector(selector, ctx, [...p, 'labelSelector']) : undefined;
    if (ctx.errorCount !== before) continue;
    const constraint: TopologySpreadConstraint = {
      maxSkew,
      topologyKey,
      whenUnsatisfiable: whenUnsatisfiable as TopologySpreadConstraint['whenUnsatisfiable'],
    };
    if (labelSelector) constraint.labelSelector = labelSelector;
    if (minDomains !== undefined) constraint.minDomains = minDomains;
    out.push(constraint);
  }
  return out;
}
