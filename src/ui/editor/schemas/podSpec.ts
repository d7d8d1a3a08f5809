import { protocol } from './common';
import { arr, int, obj, str, stringMap, type JsonSchema } from './jsonSchema';

const taintEffect = str('Taint effect to tolerate; empty means all effects.', { enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] });

const nodeSelectorTerm = obj('Node selector term: its expressions are ANDed.', {
  matchExpressions: arr(
    'Requirements on node labels.',
    obj('A node selector requirement.', {
      key: str('Node label key, e.g. topology.kubernetes.io/zone.'),
      operator: str('Operator.', { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] }),
      values: arr('Values.', { type: 'string' }),
    }),
  ),
});

export const podSpec: JsonSchema = obj('Pod specification.', {
  nodeName: str('Binds the pod to this node directly, bypassing the scheduler.'),
  nodeSelector: stringMap('Node labels the pod requires, e.g. topology.kubernetes.io/zone: zone-a.'),
  affinity: obj('Scheduling constraints.', {
    nodeAffinity: obj('Node affinity.', {
      requiredDuringSchedulingIgnoredDuringExecution: obj('Hard requirement: the terms are ORed.', {
        nodeSelectorTerms: arr('Terms.', nodeSelectorTerm),
      }),
    }),
  }),
  tolerations: arr(
    'Taints the pod tolerates.',
    obj('A toleration.', {
      key: str('Taint key; empty with Exists tolerates everything.'),
      operator: str('Exists or Equal (default Equal).', { enum: ['Exists', 'Equal'] }),
      value: str('Taint value for Equal.'),
      effect: taintEffect,
    }),
  ),
  topologySpreadConstraints: arr(
    'How to spread matching pods across topology domains.',
    obj('A spread constraint.', {
      maxSkew: int('Largest allowed difference in matching pods between domains.', { minimum: 1 }),
      topologyKey: str('Node label defining the domains, e.g. topology.kubernetes.io/zone.'),
      whenUnsatisfiable: str('What to do when the skew cannot be met.', { enum: ['DoNotSchedule', 'ScheduleAnyway'] }),
    }),
  ),
  terminationGracePeriodSeconds: int('Seconds a terminating pod keeps serving (default 30).', { minimum: 0 }),
  containers: arr(
    'Containers of the pod.',
    obj('A container.', {
      name: str('Container name.'),
      image: str('Container image.'),
      command: arr('Entrypoint.', { type: 'string' }),
      args: arr('Arguments.', { type: 'string' }),
      ports: arr(
        'Ports the container listens on; a Service targetPort may name one.',
        obj('A container port.', {
          name: str('Port name (IANA_SVC_NAME), referenced by a Service targetPort.'),
          containerPort: int('Port number.', { minimum: 1, maximum: 65535 }),
          protocol,
        }),
      ),
    }),
  ),
});

export const podStatus: JsonSchema = obj('Observed pod state (as in a kubectl dump).', {
  phase: str('Lifecycle phase.', { enum: ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] }),
  podIP: str('Primary pod IP.'),
  podIPs: arr('Pod IPs.', obj('An IP.', { ip: str('Address.') })),
  conditions: arr(
    'Conditions; Ready decides whether the endpoint is ready and serving.',
    obj('A condition.', {
      type: str('Condition type.', { enum: ['Ready', 'PodScheduled', 'Initialized', 'ContainersReady'] }),
      status: str('Status.', { enum: ['True', 'False', 'Unknown'] }),
    }),
  ),
});
