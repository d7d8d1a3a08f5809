/** The kubectl line (or plain words) that an event stands for, as the timeline lists it. */
import type { ClusterEvent } from './types';

const WORKLOAD_RESOURCE = {
  DaemonSet: 'daemonset',
  StatefulSet: 'statefulset',
  ReplicaSet: 'replicaset',
  ReplicationController: 'rc',
} as const;
const name = (key: string) => key.slice(key.indexOf('/') + 1);
const ns = (key: string) => (key.includes('/') && !key.startsWith('default/') ? ` -n ${key.slice(0, key.indexOf('/'))}` : '');

/**
 * @example
 * describeEvent({ type: 'node.drain', node: 'mnode-m02' }); // "kubectl drain mnode-m02"
 * describeEvent({ type: 'zone.outage', zone: 'zone-b' }); // "zone zone-b outage: its nodes NotReady"
 */
export function describeEvent(event: ClusterEvent): string {
  switch (event.type) {
    case 'node.cordon':
      return `kubectl cordon ${event.node}`;
    case 'node.uncordon':
      return `kubectl uncordon ${event.node}`;
    case 'node.drain':
      return `kubectl drain ${event.node}${event.ignoreDaemonSets ? ' --ignore-daemonsets' : ''}${event.force ? ' --force' : ''}${event.gracePeriodSeconds !== undefined ? ` --grace-period=${event.gracePeriodSeconds}` : ''}`;
    case 'node.notReady':
      return `node ${event.node} NotReady (kubelet stopped)`;
    case 'node.ready':
      return `node ${event.node} Ready again`;
    case 'node.delete':
      return `kubectl delete node ${event.node}`;
    case 'zone.outage':
      return `zone ${event.zone} outage: its nodes NotReady`;
    case 'zone.recover':
      return `zone ${event.zone} recovered`;
    case 'pod.notReady':
      return `pod ${name(event.pod)} fails its readiness probe`;
    case 'pod.ready':
      return `pod ${name(event.pod)} ready again`;
    case 'pod.crashLoop':
      return `pod ${name(event.pod)} crash-loops`;
    case 'pod.delete':
      return `kubectl delete pod ${name(event.pod)}${ns(event.pod)}${event.gracePeriodSeconds !== undefined ? ` --grace-period=${event.gracePeriodSeconds}` : ''}`;
    case 'deployment.scale':
      return `kubectl scale deployment ${name(event.deployment)}${ns(event.deployment)} --replicas=${event.replicas}`;
    case 'workload.scale':
      return `kubectl scale ${WORKLOAD_RESOURCE[event.kind]} ${name(event.name)}${ns(event.name)} --replicas=${event.replicas}`;
    case 'workload.restart':
      return `kubectl rollout restart ${WORKLOAD_RESOURCE[event.kind]} ${name(event.name)}${ns(event.name)}`;
    case 'deployment.patch':
      return `kubectl patch deployment ${name(event.deployment)}${ns(event.deployment)} --type merge -p '${JSON.stringify(event.patch)}'`;
    case 'service.patch':
      return `kubectl patch svc ${name(event.service)}${ns(event.service)} --type merge -p '${JSON.stringify(event.patch)}'`;
    case 'object.label': {
      const changes = Object.entries(event.labels).map(([k, v]) => (v === null ? `${k}-` : `${k}=${v}`));
      const target = event.kind === 'Node' ? event.name : `${name(event.name)}${ns(event.name)}`;
      return `kubectl label ${event.kind.toLowerCase()} ${target} ${changes.join(' ')} --overwrite`;
    }
    case 'apply':
      return `kubectl apply -f ${event.file}`;
  }
}
