/** Editor schemas of the workload controllers besides Deployments: DaemonSet, StatefulSet, ReplicaSet, ReplicationController. */
import { intOrPercent, kindHeader, labelSelector, objectMeta } from './common';
import { int, obj, str, stringMap, type JsonSchema } from './jsonSchema';
import { podSpec } from './podSpec';

const template = obj('Pod template: its labels must match the selector.', { metadata: objectMeta, spec: podSpec });
/** spec.minReadySeconds, with what availability changes for the kind. */
const minReadySeconds = (effect: string) =>
  int(`Seconds a new pod must be Ready before it counts as available (default 0). ${effect}`, { minimum: 0 });

const daemonSetSchema: JsonSchema = obj(
  'A DaemonSet: one pod on every node its nodeSelector, node affinity and tolerations allow (the controller also tolerates not-ready, unreachable, pressure and unschedulable taints, so cordoned nodes keep their pod).',
  {
    ...kindHeader('apps/v1', 'DaemonSet'),
    spec: obj('DaemonSet specification.', {
      selector: labelSelector,
      template,
      updateStrategy: obj('How a changed template rolls out.', {
        type: str(
          'RollingUpdate (the default): node by node within maxUnavailable and maxSurge. OnDelete: a pod changes only once deleted.',
          {
            enum: ['RollingUpdate', 'OnDelete'],
          },
        ),
        rollingUpdate: obj('The bounds of a rolling update.', {
          maxUnavailable: intOrPercent('Nodes that may be without an available pod during the update (default 1).', true),
          maxSurge: intOrPercent('Nodes that may run the new pod next to the old one until it is available (default 0).', true),
        }),
      }),
      minReadySeconds: minReadySeconds(
        'A rolling update waits for the new pod to be available; kubectl get ds counts AVAILABLE nodes (status.numberAvailable).',
      ),
    }),
  },
);

const statefulSetSchema: JsonSchema = obj(
  'A StatefulSet: pods <name>-0, <name>-1, … created in order and removed from the highest ordinal.',
  {
    ...kindHeader('apps/v1', 'StatefulSet'),
    spec: obj('StatefulSet specification.', {
      replicas: int('Number of pods (default 1).', { minimum: 0 }),
      serviceName: str('The governing headless Service (clusterIP: None) that gives each pod a DNS name <pod>.<service>.'),
      selector: labelSelector,
      template,
      podManagementPolicy: str(
        'OrderedReady (the default): one pod at a time, each once the previous is Running, Ready and available. Parallel: all at once.',
        {
          enum: ['OrderedReady', 'Parallel'],
        },
      ),
      updateStrategy: obj('How a changed template rolls out.', {
        type: str(
          'RollingUpdate (the default): from the highest ordinal down, one pod at a time (or up to maxUnavailable). OnDelete: a pod changes only once deleted.',
          {
            enum: ['RollingUpdate', 'OnDelete'],
          },
        ),
        rollingUpdate: obj('RollingUpdate bounds.', {
          partition: int('Only ordinals at or above the partition are updated (default 0).', { minimum: 0 }),
          maxUnavailable: intOrPercent(
            'Pods that may be unavailable during the update (default 1; not 0; a percentage of replicas rounds down, to at least 1). Needs the MaxUnavailableStatefulSet feature gate, alpha up to 1.34 and beta but off by default in 1.35 and 1.36 (on only in 1.35.0–1.35.3): with it off the API server drops the field and pods are replaced one at a time.',
            true,
          ),
        }),
      }),
      ordinals: obj('Ordinal numbering.', { start: int('The first ordinal (default 0).', { minimum: 0 }) }),
      minReadySeconds: minReadySeconds(
        'OrderedReady creates the next pod, and a rolling update replaces the next one, only once the pod is available; counted in status.availableReplicas.',
      ),
    }),
  },
);

const replicaSetSchema: JsonSchema = obj('A ReplicaSet on its own: keeps replicas pods matching its selector.', {
  ...kindHeader('apps/v1', 'ReplicaSet'),
  spec: obj('ReplicaSet specification.', {
    replicas: int('Number of pods (default 1).', { minimum: 0 }),
    selector: labelSelector,
    template,
    minReadySeconds: minReadySeconds('Counted in status.availableReplicas.'),
  }),
});

const replicationControllerSchema: JsonSchema = obj('A ReplicationController (core/v1): a ReplicaSet with a plain label selector.', {
  ...kindHeader('v1', 'ReplicationController'),
  spec: obj('ReplicationController specification.', {
    replicas: int('Number of pods (default 1).', { minimum: 0 }),
    selector: stringMap('Labels the pods must carry; defaults to the template’s labels.'),
    template,
    minReadySeconds: minReadySeconds('Counted in status.availableReplicas.'),
  }),
});

/** Schemas by kind, for the workspace schema's kind dispatch. */
export const workloadControllerSchemas: Record<string, JsonSchema> = {
  DaemonSet: daemonSetSchema,
  StatefulSet: statefulSetSchema,
  ReplicaSet: replicaSetSchema,
  ReplicationController: replicationControllerSchema,
};
