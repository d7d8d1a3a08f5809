/** One event on the live cluster; the controllers react afterwards (see settle.ts). */
import { applyManifests } from './applyManifests';
import { labelObject } from './labelObject';
import { applyNodeEvent, applyZoneEvent } from './nodeEvents';
import { patchDeployment, patchService, scaleDeployment } from './patchObjects';
import { applyPodEvent } from './podEvents';
import type { ClusterEvent } from './types';
import { restartWorkload, scaleWorkload } from './workloadEvents';
import type { World } from './world';

/**
 * Applies the direct effect of an event (what the API server stores, or the kubelet reports).
 *
 * @example
 * applyEvent(world, { type: 'node.cordon', node: 'mnode-m02' }); // mnode-m02 unschedulable
 */
export function applyEvent(world: World, event: ClusterEvent): void {
  switch (event.type) {
    case 'node.cordon':
    case 'node.uncordon':
    case 'node.notReady':
    case 'node.ready':
    case 'node.delete':
      return applyNodeEvent(world, event.type, event.node);
    case 'node.drain':
      return applyNodeEvent(world, event.type, event.node, {
        ...(event.force !== undefined ? { force: event.force } : {}),
        ...(event.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: event.gracePeriodSeconds } : {}),
        ...(event.ignoreDaemonSets !== undefined ? { ignoreDaemonSets: event.ignoreDaemonSets } : {}),
      });
    case 'zone.outage':
    case 'zone.recover':
      return applyZoneEvent(world, event.type, event.zone);
    case 'pod.notReady':
    case 'pod.ready':
    case 'pod.crashLoop':
      return applyPodEvent(world, event.type, event.pod);
    case 'pod.delete':
      return applyPodEvent(world, event.type, event.pod, event.gracePeriodSeconds);
    case 'deployment.scale':
      return scaleDeployment(world, event.deployment, event.replicas);
    case 'workload.scale':
      return scaleWorkload(world, event.kind, event.name, event.replicas);
    case 'workload.restart':
      return restartWorkload(world, event.kind, event.name);
    case 'deployment.patch':
      return patchDeployment(world, event.deployment, event.patch);
    case 'service.patch':
      return patchService(world, event.service, event.patch);
    case 'object.label':
      return labelObject(world, event.kind, event.name, event.labels);
    case 'apply':
      return applyManifests(world, event.file, event.text);
    default:
      world.warn(`unknown event ${JSON.stringify((event as { type?: unknown }).type)}`);
  }
}
