/** Which pods a ReplicaSet deletes first when it scales down (controller.ActivePodsWithRanks). */
import { mixedHash } from '../scheduler/hash';
import { keyOf, type Pod } from '../model';
import type { World } from './world';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/**
 * Pods in deletion order: unscheduled, then Pending < Unknown < Running, not ready before ready,
 * pods doubled up on a node before lone ones, the most recently ready, more restarts, newer.
 *
 * NOTE: upstream leaves full ties to an unstable sort; a hash of the pod key breaks them here, so
 * the choice looks arbitrary, as in a cluster, but repeats.
 *
 * @example
 * rankForDeletion(world, pods)[0]; // the pod `kubectl scale --replicas=1` removes first
 */
export function rankForDeletion(world: World, pods: readonly Pod[]): Pod[] {
  const perNode = new Map<string, number>();
  for (const pod of pods) if (pod.spec.nodeName) perNode.set(pod.spec.nodeName, (perNode.get(pod.spec.nodeName) ?? 0) + 1);
  const facts = new Map(
    pods.map((pod) => {
      const life = world.lifeOf(pod);
      return [
        pod,
        [
          pod.spec.nodeName ? 1 : 0,
          PHASE_RANK[pod.status.phase] ?? 2,
          pod.status.ready ? 1 : 0,
          -(pod.spec.nodeName ? perNode.get(pod.spec.nodeName)! : 0),
          -life.readyAt,
          -world.restartsOf(life).count,
          -life.createdAt,
          mixedHash(keyOf(pod.metadata), 0),
        ],
      ] as const;
    }),
  );
  return [...pods].sort((a, b) => {
    const fa = facts.get(a)!;
    const fb = facts.get(b)!;
    for (let i = 0; i < fa.length; i++) if (fa[i] !== fb[i]) return fa[i]! - fb[i]!;
    return 0;
  });
}
