/** A Deployment's status for kubectl's views: the controller's, on the live cluster of a timeline. */
import type { Deployment, DeploymentStatus } from '../engine/model';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from '../engine/scheduler/podNames';
import type { TerminalContext } from './context';
import { podsOf } from './lookup';

/**
 * The status the Deployment controller wrote (the live cluster carries it); for a cluster that
 * was not simulated, the replica counts from the report's pods, without conditions.
 */
export function deploymentStatus(context: TerminalContext, deployment: Deployment): DeploymentStatus {
  if (deployment.status) return deployment.status;
  const hash = computeHash(deployment);
  const pods = context.report ? podsOf(context.report, deployment).filter((p) => !p.terminating) : [];
  const ready = pods.filter((p) => p.ready).length;
  return {
    replicas: pods.length,
    updatedReplicas: pods.filter((p) => (p.labels[POD_TEMPLATE_HASH_LABEL] ?? hash) === hash).length,
    readyReplicas: ready,
    availableReplicas: ready,
    unavailableReplicas: Math.max(0, deployment.replicas - ready),
    conditions: [],
  };
}
