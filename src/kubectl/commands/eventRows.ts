/**
 * `kubectl get events`: the controllers', the scheduler's and the kubelets' log of the live
 * cluster (the timeline's simulation log) as core/v1 Events, printed as printEvent prints them:
 * LAST SEEN, TYPE, REASON, OBJECT, MESSAGE. Lines of the log that echo a command (`node/x
 * cordoned`, `service/x patched`) or that no component records as an Event are left out.
 */
import { timestampAt } from '../../engine';
import type { ReadyContext } from '../context';
import { age } from '../format';
import type { Row } from './getRows';

export interface ClusterEventRecord {
  namespace: string;
  type: 'Normal' | 'Warning';
  reason: string;
  kind: string;
  name: string;
  message: string;
  source: string;
}

const splitKey = (key: string): [string, string] => {
  const slash = key.indexOf('/');
  return slash < 0 ? ['default', key] : [key.slice(0, slash), key.slice(slash + 1)];
};

/** The ReplicaSet that created a Deployment's pod: the pod's name without its random suffix. */
const replicaSetOfPod = (pod: string): string => pod.slice(0, pod.lastIndexOf('-'));

const CREATORS: Readonly<Record<string, { kind: string; source: string }>> = {
  ReplicaSet: { kind: 'ReplicaSet', source: 'replicaset-controller' },
  DaemonSet: { kind: 'DaemonSet', source: 'daemonset-controller' },
  StatefulSet: { kind: 'StatefulSet', source: 'statefulset-controller' },
  ReplicationController: { kind: 'ReplicationController', source: 'replication-controller' },
};

type Rule = [RegExp, (m: RegExpExecArray) => ClusterEventRecord | null];

const RULES: readonly Rule[] = [
  [
    /^Scheduled: successfully assigned (\S+) to (\S+)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return {
        namespace: ns,
        type: 'Normal',
        reason: 'Scheduled',
        kind: 'Pod',
        name,
        message: `Successfully assigned ${m[1]} to ${m[2]}`,
        source: 'default-scheduler',
      };
    },
  ],
  [
    /^FailedScheduling: ([^:\s]+): (.*)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return { namespace: ns, type: 'Warning', reason: 'FailedScheduling', kind: 'Pod', name, message: m[2]!, source: 'default-scheduler' };
    },
  ],
  [
    /^(ReplicaSet|DaemonSet|StatefulSet|ReplicationController) (\S+): created pod (\S+)$/,
    (m) => {
      const creator = CREATORS[m[1]!]!;
      const [ns, pod] = splitKey(m[3]!);
      const owner = m[1] === 'ReplicaSet' ? replicaSetOfPod(pod) : m[2]!;
      const message = m[1] === 'StatefulSet' ? `create Pod ${pod} in StatefulSet ${owner} successful` : `Created pod: ${pod}`;
      return {
        namespace: ns,
        type: 'Normal',
        reason: 'SuccessfulCreate',
        kind: creator.kind,
        name: owner,
        message,
        source: creator.source,
      };
    },
  ],
  [
    /^Unhealthy: readiness probe failed for pod (\S+)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return {
        namespace: ns,
        type: 'Warning',
        reason: 'Unhealthy',
        kind: 'Pod',
        name,
        message: 'Readiness probe failed',
        source: 'kubelet',
      };
    },
  ],
  [
    /^BackOff: back-off restarting failed container of pod (\S+)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return {
        namespace: ns,
        type: 'Warning',
        reason: 'BackOff',
        kind: 'Pod',
        name,
        message: 'Back-off restarting failed container',
        source: 'kubelet',
      };
    },
  ],
  [
    /^.*: pod (\S+) Terminating \(grace period \d+s\)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return { namespace: ns, type: 'Normal', reason: 'Killing', kind: 'Pod', name, message: 'Stopping container', source: 'kubelet' };
    },
  ],
  [
    /^Node (\S+) status is now: (NodeReady|NodeNotReady)$/,
    (m) => ({
      namespace: 'default',
      type: 'Normal',
      reason: m[2]!,
      kind: 'Node',
      name: m[1]!,
      message: `Node ${m[1]} status is now: ${m[2]}`,
      source: 'node-controller',
    }),
  ],
  [
    /^node\/(\S+) (cordoned|uncordoned)$/,
    (m) => {
      const reason = m[2] === 'cordoned' ? 'NodeNotSchedulable' : 'NodeSchedulable';
      return {
        namespace: 'default',
        type: 'Normal',
        reason,
        kind: 'Node',
        name: m[1]!,
        message: `Node ${m[1]} status is now: ${reason}`,
        source: 'kubelet',
      };
    },
  ],
  [
    /^node "(\S+)" deleted$/,
    (m) => ({
      namespace: 'default',
      type: 'Normal',
      reason: 'RemovingNode',
      kind: 'Node',
      name: m[1]!,
      message: `Node ${m[1]} event: Removing Node ${m[1]} from Controller`,
      source: 'node-controller',
    }),
  ],
  [
    /^Deployment (\S+): rolling update, (scaled up replica set .*)$/,
    (m) => {
      const [ns, name] = splitKey(m[1]!);
      return {
        namespace: ns,
        type: 'Normal',
        reason: 'ScalingReplicaSet',
        kind: 'Deployment',
        name,
        message: m[2]!.replace(/^s/, 'S'),
        source: 'deployment-controller',
      };
    },
  ],
];

/**
 * The Event a log line is, if any.
 *
 * @example
 * eventOfLogLine('Scheduled: successfully assigned default/client to mnode-m02');
 * // { namespace: 'default', type: 'Normal', reason: 'Scheduled', kind: 'Pod', name: 'client', message: 'Successfully assigned default/client to mnode-m02', source: 'default-scheduler' }
 */
export function eventOfLogLine(message: string): ClusterEventRecord | null {
  for (const [pattern, make] of RULES) {
    const m = pattern.exec(message);
    if (m) return make(m);
  }
  return null;
}

/** An Event's name, as the recorder makes it: the object's name and the time in nanoseconds, in hex. */
function eventName(object: string, at: number): string {
  const nanos = BigInt(Date.parse(timestampAt(at))) * 1_000_000n + BigInt(Math.round((at % 1) * 1e9));
  return `${object}.${nanos.toString(16)}`;
}

/** The log's Events, listed as the API lists them: by namespace, then name (the object's name, then time). */
export function eventRows(context: ReadyContext): Row[] {
  const log = context.report.live?.log ?? [];
  const rows: (Row & { sortKey: string })[] = [];
  log.forEach((entry) => {
    const event = eventOfLogLine(entry.message);
    if (!event) return;
    const name = eventName(event.name, entry.at);
    const seen = age(context.now - entry.at);
    const object = `${event.kind.toLowerCase()}/${event.name}`;
    const time = timestampAt(entry.at);
    // formatEventSource: "component, host"; the kubelet reports from the object's node.
    const host =
      event.source !== 'kubelet'
        ? undefined
        : event.kind === 'Node'
          ? event.name
          : context.report.pods.find((p) => p.namespace === event.namespace && p.name === event.name)?.node;
    const source = host ? `${event.source}, ${host}` : event.source;
    rows.push({
      sortKey: `${event.namespace}/${name}`,
      namespace: event.namespace,
      name,
      labels: {},
      cells: [seen, event.type, event.reason, object, event.message],
      wide: ['', source, seen, '1', name],
      object: () => ({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace: event.namespace, creationTimestamp: time },
        involvedObject: {
          kind: event.kind,
          name: event.name,
          ...(event.kind === 'Node' ? {} : { namespace: event.namespace }),
          apiVersion: event.kind === 'Pod' || event.kind === 'Node' || event.kind === 'ReplicationController' ? 'v1' : 'apps/v1',
        },
        reason: event.reason,
        message: event.message,
        source: { component: event.source, ...(host ? { host } : {}) },
        firstTimestamp: time,
        lastTimestamp: time,
        count: 1,
        type: event.type,
      }),
    });
  });
  return rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}
