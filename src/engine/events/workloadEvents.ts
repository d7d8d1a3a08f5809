/** `kubectl scale sts|rs|rc` and `kubectl rollout restart ds|sts` on the live cluster's workloads. */
import { isObj } from '../decode/read';
import { keyOf, normalizeObjectKey, type WorkloadKind } from '../model';
import type { Workload, Workloads } from '../workloads';
import { timestampAt } from './clock';
import { MAX_INT32, replicasLimitProblem, simulatedPodsBesides } from '../limits';
import type { World } from './world';

const RESOURCE: Record<WorkloadKind, string> = {
  DaemonSet: 'daemonsets.apps',
  StatefulSet: 'statefulsets.apps',
  ReplicaSet: 'replicasets.apps',
  ReplicationController: 'replicationcontrollers',
};

const LIST: Record<WorkloadKind, keyof Workloads> = {
  DaemonSet: 'daemonSets',
  StatefulSet: 'statefulSets',
  ReplicaSet: 'replicaSets',
  ReplicationController: 'replicaSets',
};

/** Finds the workload and replaces it with `change(workload)`; false (and a warning) when it does not exist. */
function update(world: World, kind: WorkloadKind, key: string, change: (w: Workload) => Workload | undefined): void {
  const workloads = world.cluster.workloads;
  const listName = LIST[kind];
  const list: Workload[] = workloads ? workloads[listName] : [];
  const index = list.findIndex((w) => w.kind === kind && keyOf(w.metadata) === normalizeObjectKey(key));
  if (!workloads || index < 0) return world.warn(`${RESOURCE[kind]} "${key.slice(key.indexOf('/') + 1)}" not found`);
  const changed = change(list[index]!);
  if (!changed) return;
  world.cluster.workloads = { ...workloads, [listName]: list.with(index, changed) };
}

/**
 * `kubectl scale`: spec.replicas of a StatefulSet, ReplicaSet or ReplicationController (a DaemonSet has none).
 *
 * @example
 * scaleWorkload(world, 'StatefulSet', 'default/db', 1); // db-2 and db-1 go, highest ordinal first
 */
export function scaleWorkload(world: World, kind: WorkloadKind, key: string, replicas: number): void {
  if (kind === 'DaemonSet') return world.warn(`${RESOURCE[kind]} "${key}" cannot be scaled: a DaemonSet runs one pod per eligible node`);
  update(world, kind, key, (w) => {
    if (!Number.isInteger(replicas) || replicas < 0) {
      world.warn(
        `The ${kind} "${w.metadata.name}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`,
      );
      return undefined;
    }
    if (replicas > MAX_INT32) {
      world.warn(
        `The ${kind} "${w.metadata.name}" is invalid: spec.replicas: Invalid value: ${replicas}: cannot unmarshal number into a field of type int32`,
      );
      return undefined;
    }
    const limit = replicasLimitProblem(replicas, simulatedPodsBesides(world.cluster, key));
    if (limit) {
      world.warn(`${kind} ${key}: ${limit} (nothing was changed)`);
      return undefined;
    }
    world.say(`${RESOURCE[kind].replace(/s(\.apps)?$/, '$1')}/${w.metadata.name} scaled to ${replicas}`);
    return w.kind === 'DaemonSet' ? w : { ...w, replicas };
  });
}

/**
 * `kubectl rollout restart`: a restartedAt annotation in the pod template, so its pods roll out by the update strategy.
 *
 * @example
 * restartWorkload(world, 'DaemonSet', 'default/agent'); // the daemon pods are replaced node by node
 */
export function restartWorkload(world: World, kind: WorkloadKind, key: string): void {
  update(world, kind, key, (w) => {
    const written = w.writtenTemplate ?? {};
    const metadata = isObj(written.metadata) ? written.metadata : {};
    const annotations = isObj(metadata.annotations) ? metadata.annotations : {};
    const writtenTemplate = {
      ...written,
      metadata: { ...metadata, annotations: { ...annotations, 'kubectl.kubernetes.io/restartedAt': timestampAt(world.t) } },
    };
    world.say(`${RESOURCE[kind].replace(/s(\.apps)?$/, '$1')}/${w.metadata.name} restarted`);
    return { ...w, template: { ...w.template }, writtenTemplate } as Workload;
  });
}
