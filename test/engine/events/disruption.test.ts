import { describe, expect, it } from 'vitest';
import { simulateCluster } from '../../../src/engine/events';
import { disruptionStatus, evictionAnswer } from '../../../src/engine/events/disruption';
import type { ClusterState, Pod } from '../../../src/engine/model';
import { at, fourNodes } from './clusters';

const pdb = (spec: string, name = 'web') =>
  `---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n${spec}\n`;
const selectWeb = '  selector: { matchLabels: { app: web } }';
const web = (cluster: ClusterState) => cluster.pods.filter((p) => p.metadata.labels.app === 'web');
const onNode = (pods: Pod[], node: string) => pods.filter((p) => p.spec.nodeName === node);
/** Four web pods on four nodes (a, b in zone-a; c, d in zone-b) and the budget, as the scheduler placed them. */
const settled = (budget: string, replicas = 4) => simulateCluster(fourNodes(replicas, budget), [], 0).cluster;

describe('disruptionStatus, as the disruption controller computes it', () => {
  it.each([
    [
      'minAvailable as an int: the pod count is expected',
      '  minAvailable: 3',
      { expectedPods: 4, currentHealthy: 4, desiredHealthy: 3, disruptionsAllowed: 1 },
    ],
    [
      'minAvailable as a percent of the Deployment’s replicas, rounded up',
      '  minAvailable: "60%"',
      { expectedPods: 4, currentHealthy: 4, desiredHealthy: 3, disruptionsAllowed: 1 },
    ],
    ['maxUnavailable as an int', '  maxUnavailable: 2', { expectedPods: 4, currentHealthy: 4, desiredHealthy: 2, disruptionsAllowed: 2 }],
    [
      'maxUnavailable as a percent, rounded up',
      '  maxUnavailable: "30%"',
      { expectedPods: 4, currentHealthy: 4, desiredHealthy: 2, disruptionsAllowed: 2 },
    ],
    [
      'minAvailable above the healthy count allows nothing',
      '  minAvailable: 5',
      { expectedPods: 4, currentHealthy: 4, desiredHealthy: 5, disruptionsAllowed: 0 },
    ],
  ])('%s', (_name, bound, expected) => {
    const cluster = settled(pdb(`${bound}\n${selectWeb}`));
    expect(disruptionStatus(cluster.podDisruptionBudgets[0]!, cluster)).toEqual(expected);
  });

  it('counts terminating and not-Ready pods as unhealthy, and the pods named as evicted too', () => {
    const cluster = settled(pdb(`  minAvailable: 1\n${selectWeb}`));
    const [first, second] = web(cluster);
    const changed = {
      ...cluster,
      pods: cluster.pods.map((p) =>
        p === first
          ? { ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-01T00:00:00Z' } }
          : p === second
            ? { ...p, status: { ...p.status, ready: false } }
            : p,
      ),
    };
    expect(disruptionStatus(cluster.podDisruptionBudgets[0]!, changed)).toMatchObject({ currentHealthy: 2, disruptionsAllowed: 1 });
    const third = web(cluster)[2]!;
    expect(disruptionStatus(cluster.podDisruptionBudgets[0]!, changed, new Set([`default/${third.metadata.name}`]))).toMatchObject({
      currentHealthy: 1,
      disruptionsAllowed: 0,
    });
  });

  it('selects nothing without a selector, and every pod of the namespace with an empty one', () => {
    const none = settled(pdb('  maxUnavailable: 0'));
    expect(disruptionStatus(none.podDisruptionBudgets[0]!, none)).toMatchObject({
      expectedPods: 0,
      currentHealthy: 0,
      disruptionsAllowed: 0,
    });
    const all = settled(pdb('  minAvailable: 1\n  selector: {}'));
    // The four web pods and the client.
    expect(disruptionStatus(all.podDisruptionBudgets[0]!, all)).toMatchObject({ expectedPods: 5, currentHealthy: 5 });
  });

  it('leaves pods without a controller out of a percent budget’s expected count', () => {
    const cluster = settled(pdb('  maxUnavailable: "50%"\n  selector: {}'));
    // Expected: web's 4 replicas (the bare client pod is not counted); healthy: all 5.
    expect(disruptionStatus(cluster.podDisruptionBudgets[0]!, cluster)).toEqual({
      expectedPods: 4,
      currentHealthy: 5,
      desiredHealthy: 2,
      disruptionsAllowed: 3,
    });
  });
});

describe('evictionAnswer, as the eviction API answers', () => {
  it('refuses a Ready pod when no disruption is allowed, with a 429 kubectl retries and the budget’s numbers', () => {
    const cluster = settled(pdb(`  minAvailable: 4\n${selectWeb}`));
    expect(evictionAnswer(web(cluster)[0]!, cluster)).toEqual({
      allowed: false,
      retry: true,
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      cause: 'The disruption budget web needs 4 healthy pods and has 4 currently',
    });
    expect(
      evictionAnswer(
        cluster.pods.find((p) => p.metadata.name === 'client')!,
        cluster,
      ),
    ).toEqual({ allowed: true });
  });

  it('lets a not-Ready pod go while the budget is met (IfHealthyBudget), and always with AlwaysAllow', () => {
    const notReady = (cluster: ClusterState) => {
      const pod = web(cluster)[0]!;
      const changed = { ...cluster, pods: cluster.pods.map((p) => (p === pod ? { ...p, status: { ...p.status, ready: false } } : p)) };
      return evictionAnswer(
        changed.pods.find((p) => p.metadata.name === pod.metadata.name)!,
        changed,
      );
    };
    expect(notReady(settled(pdb(`  minAvailable: 3\n${selectWeb}`)))).toEqual({ allowed: true });
    expect(notReady(settled(pdb(`  minAvailable: 4\n${selectWeb}`)))).toMatchObject({ allowed: false, retry: true });
    expect(notReady(settled(pdb(`  minAvailable: 4\n  unhealthyPodEvictionPolicy: AlwaysAllow\n${selectWeb}`)))).toEqual({ allowed: true });
  });

  it('gives a pod two budgets select a plain error, which kubectl does not retry', () => {
    const cluster = settled(pdb(`  maxUnavailable: 1\n${selectWeb}`) + pdb(`  maxUnavailable: 1\n${selectWeb}`, 'web-too'));
    expect(evictionAnswer(web(cluster)[0]!, cluster)).toEqual({
      allowed: false,
      retry: false,
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    });
  });
});

describe('kubectl drain waits for the disruption budget', () => {
  /** Six web pods, two on one node (`busy`); the budget lets one go at a time. */
  const base = fourNodes(6, pdb(`  maxUnavailable: 1\n${selectWeb}`));
  const start = simulateCluster(base, [], 0).cluster;
  const busy = ['a', 'b', 'c', 'd'].find((node) => onNode(web(start), node).length === 2)!;
  const drainA = at(1, { type: 'node.drain', node: busy }, `kubectl drain ${busy}`);

  it('evicts one pod, waits for its replacement to be Ready, then evicts the next', () => {
    expect(busy).toBeDefined();
    const first = simulateCluster(base, [drainA], 1);
    const onA = onNode(web(first.cluster), busy);
    expect(onA.filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(onA.filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(first.log.map((l) => l.message)).toContainEqual(
      expect.stringMatching(
        /^error when evicting pods\/"web-[^"]+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\. The disruption budget web needs 5 healthy pods and has 5 currently$/,
      ),
    );
    expect(first.nextChangeAt).toBe(6);

    const second = simulateCluster(base, [drainA], 6);
    expect(onNode(web(second.cluster), busy).every((p) => p.metadata.deletionTimestamp)).toBe(true);
    const messages = second.log.map((l) => l.message);
    expect(messages.filter((m) => m.startsWith('error when evicting'))).toHaveLength(1);
    expect(second.log.find((l) => l.message === `node/${busy} drained`)?.at).toBe(6);
    // Never fewer than five Ready web pods along the way.
    for (let t = 1; t <= 40; t++) {
      const ready = web(simulateCluster(base, [drainA], t).cluster).filter((p) => p.status.ready && !p.metadata.deletionTimestamp);
      expect(ready.length, `t=${t}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('without a budget evicts both pods at once', () => {
    const free = fourNodes(6);
    const result = simulateCluster(free, [drainA], 1);
    expect(onNode(web(result.cluster), busy).every((p) => p.metadata.deletionTimestamp)).toBe(true);
    expect(result.log.find((l) => l.message === `node/${busy} drained`)?.at).toBe(1);
  });

  it('keeps asking while the budget can never be met, and stops when the node is deleted', () => {
    const stuck = fourNodes(6, pdb(`  minAvailable: 6\n${selectWeb}`));
    const later = simulateCluster(stuck, [drainA], 60);
    expect(onNode(web(later.cluster), busy).some((p) => p.metadata.deletionTimestamp)).toBe(false);
    expect(later.log.some((l) => l.message === `node/${busy} drained`)).toBe(false);
    expect(later.nextChangeAt).toBe(61);
    const deleted = simulateCluster(stuck, [drainA, at(30, { type: 'node.delete', node: busy })], 60);
    expect(deleted.nextChangeAt).toBeUndefined();
  });
});
