/** Pod events: readiness probe failing or passing again, delete, crash loop. */
import { keyOf, normalizeObjectKey } from '../model';
import type { World } from './world';

export function applyPodEvent(
  world: World,
  type: 'pod.notReady' | 'pod.ready' | 'pod.delete' | 'pod.crashLoop',
  key: string,
  gracePeriodSeconds?: number,
): void {
  const pod = world.pod(normalizeObjectKey(key));
  if (!pod) {
    world.warn(`pods "${key.slice(key.indexOf('/') + 1)}" not found`);
    return;
  }
  const name = keyOf(pod.metadata);
  const life = world.lifeOf(pod);
  switch (type) {
    case 'pod.notReady':
      life.probeFailing = true;
      world.say(`Unhealthy: readiness probe failed for pod ${name}`);
      return;
    case 'pod.ready':
      if (life.crashSince !== undefined) {
        life.restarts = world.restartsOf(life).count;
        delete life.crashSince;
      }
      life.probeFailing = false;
      world.say(`pod ${name} passes its readiness probe again`);
      return;
    case 'pod.crashLoop':
      if (life.crashSince === undefined) life.crashSince = world.t;
      world.say(`BackOff: back-off restarting failed container of pod ${name}`);
      return;
    case 'pod.delete':
      if (pod.metadata.deletionTimestamp !== undefined) {
        world.say(`pod ${name} is already Terminating`);
        return;
      }
      world.deletePod(pod, gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds, `pod "${pod.metadata.name}" deleted`);
      return;
  }
}
