/** A Deployment's status for kubectl's views: the Deployment controller's, on the live cluster. */
import type { Deployment, DeploymentStatus } from '../engine';

/** What a Deployment the simulation never ran shows (the store's live cluster is always simulated). */
const NOT_SIMULATED: DeploymentStatus = Object.freeze({
  replicas: 0,
  updatedReplicas: 0,
  readyReplicas: 0,
  availableReplicas: 0,
  unavailableReplicas: 0,
  conditions: [],
});

/**
 * The status the Deployment controller wrote on the live cluster (simulateCluster sets it).
 *
 * @example
 * deploymentStatus(liveDeployment).availableReplicas; // 2
 */
export function deploymentStatus(deployment: Deployment): DeploymentStatus {
  return deployment.status ?? NOT_SIMULATED;
}
