/**
 * Objects as `kubectl get -o yaml|json` prints them, built from the report (and the live objects
 * where the report leaves a field out). EndpointSlices are the report's own API objects.
 */
import { DEFAULT_PROGRESS_DEADLINE_SECONDS, type Deployment } from '../engine';
import type { ClusterPod, NodeSummary, PodSummary, ServiceSummary } from '../engine';
import { podSchedulingFields } from './podSchedulingFields';
import type { TerminalContext } from './context';
import { deploymentStatus } from './deploymentStatus';
import { serviceObject } from './lookup';

type Obj = Record<string, unknown>;

export function nodeObject(node: NodeSummary): Obj {
  const labels: Record<string, string> = { 'kubernetes.io/hostname': node.name };
  if (node.zone) labels['topology.kubernetes.io/zone'] = node.zone;
  if (node.controlPlane) labels['node-role.kubernetes.io/control-plane'] = '';
  const taints = node.taints.map((t) => {
    const [keyValue, effect] = t.split(':') as [string, string];
    const eq = keyValue.indexOf('=');
    return eq < 0 ? { key: keyValue, effect } : { key: keyValue.slice(0, eq), value: keyValue.slice(eq + 1), effect };
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: node.name, labels },
    spec: { ...(node.schedulable ? {} : { unschedulable: true }), ...(taints.length ? { taints } : {}) },
    status: {
      allocatable: { cpu: `${node.allocatableCpuMilli}m` },
      conditions: [{ type: 'Ready', status: node.ready ? 'True' : 'Unknown' }],
    },
  };
}

/**
 * `deletionTimestamp` and the scheduling fields of the spec (nodeSelector, required node affinity,
 * tolerations) come from the live object; the report only says where the pod runs.
 */
export function podObject(pod: PodSummary, deletionTimestamp?: string, creationTimestamp?: string, live?: ClusterPod['spec']): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: pod.name,
      namespace: pod.namespace,
      ...(creationTimestamp ? { creationTimestamp } : {}),
      ...(Object.keys(pod.labels).length ? { labels: pod.labels } : {}),
      ...(pod.owner ? { ownerReferences: [ownerReference(pod.owner)] } : {}),
      ...(pod.terminating && deletionTimestamp ? { deletionTimestamp } : {}),
    },
    spec: { ...(live ? podSchedulingFields(live) : {}), ...(pod.node ? { nodeName: pod.node } : {}) },
    status: {
      phase: pod.phase,
      ...(pod.ip ? { podIP: pod.ip, podIPs: (pod.ips ?? [pod.ip]).map((ip) => ({ ip })) } : {}),
      conditions: [{ type: 'Ready', status: pod.ready ? 'True' : 'False' }],
    },
  };
}

/** The controller reference of a pod's owner ("DaemonSet node-agent"); a Deployment's pods name its ReplicaSet. */
function ownerReference(owner: string): Obj {
  const space = owner.indexOf(' ');
  const kind = owner.slice(0, space);
  const name = owner.slice(space + 1);
  if (kind === 'Deployment') return { apiVersion: 'apps/v1', kind: 'ReplicaSet', name, controller: true };
  return { apiVersion: kind === 'ReplicationController' ? 'v1' : 'apps/v1', kind, name, controller: true, blockOwnerDeletion: true };
}

export function serviceObjectFor(context: TerminalContext, service: ServiceSummary): Obj {
  const live = serviceObject(context, service.namespace, service.name);
  const spec: Obj = {
    type: service.type,
    ...(live?.selector ? { selector: live.selector } : {}),
    ...(service.clusterIP ? { clusterIP: service.clusterIP } : {}),
    ...(service.externalIPs?.length ? { externalIPs: service.externalIPs } : {}),
    ports: service.ports,
    internalTrafficPolicy: service.internalTrafficPolicy,
    ...(service.externalTrafficPolicy ? { externalTrafficPolicy: service.externalTrafficPolicy } : {}),
    ...(service.trafficDistribution ? { trafficDistribution: service.trafficDistribution } : {}),
    sessionAffinity: service.sessionAffinity,
    ...(service.sessionAffinityTimeoutSeconds !== undefined
      ? { sessionAffinityConfig: { clientIP: { timeoutSeconds: service.sessionAffinityTimeoutSeconds } } }
      : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: service.name,
      namespace: service.namespace,
      ...(live && Object.keys(live.metadata.labels).length ? { labels: live.metadata.labels } : {}),
      ...(live && Object.keys(live.metadata.annotations).length ? { annotations: live.metadata.annotations } : {}),
    },
    spec,
  };
}

export function deploymentObject(deployment: Deployment): Obj {
  const status = deploymentStatus(deployment);
  const template = deployment.template;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: deployment.metadata.name, namespace: deployment.metadata.namespace, labels: deployment.metadata.labels },
    spec: {
      replicas: deployment.replicas,
      selector: { matchLabels: deployment.selector.matchLabels },
      minReadySeconds: deployment.minReadySeconds ?? 0,
      progressDeadlineSeconds: deployment.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS,
      ...(deployment.paused ? { paused: true } : {}),
      template: {
        metadata: { labels: template.labels },
        spec: {
          ...(Object.keys(template.nodeSelector).length ? { nodeSelector: template.nodeSelector } : {}),
          ...(template.requiredNodeAffinity.length
            ? {
                affinity: {
                  nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: template.requiredNodeAffinity } },
                },
              }
            : {}),
          ...(template.tolerations.length ? { tolerations: template.tolerations } : {}),
          terminationGracePeriodSeconds: template.terminationGracePeriodSeconds,
        },
      },
    },
    status: {
      replicas: status.replicas,
      updatedReplicas: status.updatedReplicas,
      readyReplicas: status.readyReplicas,
      availableReplicas: status.availableReplicas,
      unavailableReplicas: status.unavailableReplicas,
      ...(status.conditions.length ? { conditions: status.conditions } : {}),
    },
  };
}

/** One object as itself; several as a `kind: List`, like kubectl. */
export function listOf(objects: Obj[], single: boolean): Obj {
  if (single && objects.length === 1) return objects[0]!;
  return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
}
