/** `kubectl scale` and `kubectl label`. */
import { MAX_INT32, replicasLimitProblem, simulatedPodsBesides } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { findDeployment, findNode, findPod, findService, namespaceOf, notFoundFailure, serviceObject } from '../lookup';
import { objectRef, SINGULAR } from '../resources';
import { findWorkload, isWorkloadKind } from '../workloads';

export function scale(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const ref = objectRef(args, 'the resource to scale');
  if (!ref.ok) return failure(ref.error, ref.hint);
  const scalable = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];
  if (!scalable.includes(ref.ref.kind))
    return failure(
      ref.ref.kind === 'DaemonSet'
        ? 'Error from server (NotFound): the server could not find the requested resource'
        : `error: the playground scales Deployments, StatefulSets, ReplicaSets and ReplicationControllers, not ${ref.ref.kind}s`,
      ref.ref.kind === 'DaemonSet'
        ? 'A DaemonSet has no scale subresource: it runs one pod on every node its node selector, affinity and tolerations allow.'
        : 'e.g. kubectl scale deploy/echo --replicas=1',
    );
  const replicas = flags.replicas;
  if (replicas === undefined)
    return failure('error: required flag(s) "replicas" not set', `e.g. kubectl scale deploy/${ref.ref.name} --replicas=1`);
  if (typeof replicas !== 'string' || !/^\d+$/.test(replicas))
    return failure(
      `error: invalid argument "${String(replicas)}" for "--replicas" flag: strconv.ParseInt: parsing "${String(replicas)}": invalid syntax`,
    );
  const ns = namespaceOf(flags);
  const kind = ref.ref.kind;
  if (isWorkloadKind(kind)) {
    if (!findWorkload(context, kind, ns, ref.ref.name)) return notFoundFailure(context, kind, ref.ref.name, ns);
    const count = Number(replicas);
    if (count > MAX_INT32)
      return failure(
        `The ${kind} "${ref.ref.name}" is invalid: spec.replicas: Invalid value: ${replicas}: cannot unmarshal number into a field of type int32`,
      );
    const limit =
      context.cluster && replicasLimitProblem(count, simulatedPodsBesides(context.cluster, `${ns}/${ref.ref.name}`), '--replicas');
    if (limit) return failure(`error: ${limit}`, 'Nothing was changed.');
    return ok(`${SINGULAR[kind]}/${ref.ref.name} scaled`, [
      { type: 'workload.scale', kind, name: `${ns}/${ref.ref.name}`, replicas: Number(replicas) },
    ]);
  }
  if (!findDeployment(context, ns, ref.ref.name)) return notFoundFailure(context, 'Deployment', ref.ref.name, ns);
  const count = Number(replicas);
  if (count > MAX_INT32)
    return failure(
      `The Deployment "${ref.ref.name}" is invalid: spec.replicas: Invalid value: ${replicas}: cannot unmarshal number into a field of type int32`,
    );
  const limit =
    context.cluster && replicasLimitProblem(count, simulatedPodsBesides(context.cluster, `${ns}/${ref.ref.name}`), '--replicas');
  if (limit) return failure(`error: ${limit}`, 'Nothing was changed.');
  return ok(`deployment.apps/${ref.ref.name} scaled`, [{ type: 'deployment.scale', deployment: `${ns}/${ref.ref.name}`, replicas: count }]);
}

export function label(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const report = context.report;
  const ref = objectRef(args, 'the type of resource to label');
  if (!ref.ok) return failure(ref.error, ref.hint);
  const { kind, name } = ref.ref;
  if (
    kind === 'EndpointSlice' ||
    kind === 'PodDisruptionBudget' ||
    kind === 'Endpoints' ||
    kind === 'Event' ||
    kind === 'ServiceCIDR' ||
    isWorkloadKind(kind)
  )
    return failure('error: the playground labels Nodes, Pods, Services and Deployments');
  if (ref.rest.length === 0)
    return failure('error: at least one label update is required', `e.g. kubectl label ${kind.toLowerCase()} ${name} key=value`);
  const ns = namespaceOf(flags);
  let current: Readonly<Record<string, string>> | undefined;
  let key = name;
  if (kind === 'Node')
    current = findNode(report, name) && (context.cluster?.nodes.find((n) => n.metadata.name === name)?.metadata.labels ?? {});
  if (kind === 'Pod') current = findPod(report, ns, name)?.labels;
  if (kind === 'Service') current = findService(report, ns, name) && (serviceObject(context, ns, name)?.metadata.labels ?? {});
  if (kind === 'Deployment') current = findDeployment(context, ns, name)?.metadata.labels;
  if (!current) return notFoundFailure(context, kind, name, ns);
  if (kind !== 'Node') key = `${ns}/${name}`;
  const labels: Record<string, string | null> = {};
  for (const pair of ref.rest) {
    if (pair.endsWith('-') && !pair.includes('=')) {
      labels[pair.slice(0, -1)] = null;
      continue;
    }
    const eq = pair.indexOf('=');
    if (eq <= 0) return failure(`error: invalid label spec: ${pair}`, 'Labels are key=value to set, key- to remove.');
    const k = pair.slice(0, eq);
    const v = pair.slice(eq + 1);
    if (
      !/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(k) ||
      !/^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/.test(v)
    ) {
      return failure(
        `error: invalid label spec: ${pair}`,
        'A key is [prefix/]name; a value is up to 63 letters, digits, -, _ or . (starting and ending alphanumeric).',
      );
    }
    if (current[k] !== undefined && current[k] !== v && flags.overwrite !== true) {
      return failure(`error: '${k}' already has a value (${current[k]}), and --overwrite is false`, 'Add --overwrite to replace it.');
    }
    labels[k] = v;
  }
  const removing = Object.values(labels).every((v) => v === null);
  return ok(`${SINGULAR[kind]}/${name} ${removing ? 'unlabeled' : 'labeled'}`, [{ type: 'object.label', kind, name: key, labels }]);
}
