/** `kubectl scale` and `kubectl patch --type merge` on Deployments and Services. */
import { decodeCluster } from '../decode/decodeCluster';
import { MAX_INT32, replicasLimitProblem, simulatedPodsBesides } from '../limits';
import { keyOf, normalizeObjectKey, type ClusterState } from '../model';
import { gatesAsOverrides } from '../version';
import { documentsFromObjects } from '../parse/documentsFromObjects';
import { encodeDeployment, encodeService, mergePatch } from './encodeObjects';
import { TIMELINE_FILE, type World } from './world';

/** Decodes one patched object with the API server's defaults and validation; the errors when it is refused. */
function decodePatched(world: World, object: unknown): { cluster: ClusterState; errors: string[] } {
  const { cluster, diagnostics } = decodeCluster(documentsFromObjects([object], TIMELINE_FILE), {
    version: world.cluster.version,
    featureGates: gatesAsOverrides(world.cluster.controlPlaneGates, world.cluster.version),
    defaultCluster: false,
  });
  // The decoder's messages already read "The Deployment "x" is invalid: …"; keep only what follows.
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.replace(/^The \w+ "[^"]*" is invalid: /, ''));
  return { cluster, errors };
}

export function scaleDeployment(world: World, key: string, replicas: number): void {
  const index = world.cluster.deployments.findIndex((d) => keyOf(d.metadata) === normalizeObjectKey(key));
  if (index < 0) return world.warn(`deployments.apps "${key}" not found`);
  if (!Number.isInteger(replicas) || replicas < 0)
    return world.warn(`The Deployment "${key}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  if (replicas > MAX_INT32)
    return world.warn(
      `The Deployment "${key}" is invalid: spec.replicas: Invalid value: ${replicas}: cannot unmarshal number into a field of type int32`,
    );
  const limit = replicasLimitProblem(replicas, simulatedPodsBesides(world.cluster, normalizeObjectKey(key)));
  if (limit) return world.warn(`deployment.apps "${key}" not scaled: ${limit}`);
  const deployment = world.cluster.deployments[index]!;
  world.cluster.deployments = world.cluster.deployments.with(index, { ...deployment, replicas });
  world.say(`deployment.apps/${deployment.metadata.name} scaled to ${replicas}`);
}

export function patchDeployment(world: World, key: string, patch: Record<string, unknown>): void {
  const index = world.cluster.deployments.findIndex((d) => keyOf(d.metadata) === normalizeObjectKey(key));
  if (index < 0) return world.warn(`deployments.apps "${key}" not found`);
  const old = world.cluster.deployments[index]!;
  const { cluster, errors } = decodePatched(world, mergePatch(encodeDeployment(old), patch));
  const patched = cluster.deployments[0];
  if (!patched || errors.length)
    return world.warn(`The Deployment "${old.metadata.name}" is invalid: ${errors.join('; ') || 'the patch changes its kind or name'}`);
  if (keyOf(patched.metadata) !== keyOf(old.metadata)) return world.warn(`the patch may not change the Deployment's name or namespace`);
  const limit = replicasLimitProblem(patched.replicas, simulatedPodsBesides(world.cluster, keyOf(old.metadata)));
  if (limit) return world.warn(`deployment.apps "${old.metadata.name}" not patched: ${limit}`);
  if (JSON.stringify(patched.selector) !== JSON.stringify(old.selector)) {
    return world.warn(`The Deployment "${old.metadata.name}" is invalid: spec.selector: Invalid value: field is immutable`);
  }
  world.cluster.deployments = world.cluster.deployments.with(index, { ...patched, source: old.source });
  world.say(`deployment.apps/${old.metadata.name} patched`);
}

export function patchService(world: World, key: string, patch: Record<string, unknown>): void {
  const index = world.cluster.services.findIndex((s) => keyOf(s.metadata) === normalizeObjectKey(key));
  if (index < 0) return world.warn(`services "${key}" not found`);
  const old = world.cluster.services[index]!;
  const { cluster, errors } = decodePatched(world, mergePatch(encodeService(old), patch));
  const patched = cluster.services[0];
  if (!patched || errors.length)
    return world.warn(`The Service "${old.metadata.name}" is invalid: ${errors.join('; ') || 'the patch changes its kind or name'}`);
  if (keyOf(patched.metadata) !== keyOf(old.metadata)) return world.warn(`the patch may not change the Service's name or namespace`);
  world.cluster.services = world.cluster.services.with(index, { ...patched, source: old.source });
  world.say(`service/${old.metadata.name} patched`);
}
