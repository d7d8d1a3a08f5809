import { describe, expect, it } from 'vitest';
import { STARTUP_SECONDS, simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import { resolveFenceposts } from '../../../src/engine/events/deploymentController';
import type { DeploymentStrategy, Pod } from '../../../src/engine/model';
import { at, fourNodes } from './clusters';

const web = (pods: Pod[]) => pods.filter((p) => p.metadata.labels.app === 'web');
const v2 = {
  type: 'deployment.patch',
  deployment: 'web',
  patch: { spec: { template: { metadata: { labels: { app: 'web', version: 'v2' } } } } },
} as const;
const strategyPatch = (strategy: Record<string, unknown>): ClusterEvent => ({
  type: 'deployment.patch',
  deployment: 'web',
  patch: { spec: { strategy } },
});
const rolling = (maxSurge: number | string, maxUnavailable: number | string): DeploymentStrategy => ({
  type: 'RollingUpdate',
  maxSurge,
  maxUnavailable,
});

/** Per simulated second of a rollout started at t=1: Ready pods that are not terminating, and pods not terminating. */
function rollout(replicas: number, strategy: Record<string, unknown> | undefined, seconds = 90) {
  const base = fourNodes(replicas);
  const events = [...(strategy ? [at(0, strategyPatch(strategy))] : []), at(1, v2)];
  const rows = [];
  for (let t = 1; t <= seconds; t++) {
    const result = simulateCluster(base, events, t);
    const pods = web(result.cluster.pods);
    const active = pods.filter((p) => !p.metadata.deletionTimestamp);
    rows.push({
      t,
      ready: active.filter((p) => p.status.ready).length,
      active: active.length,
      newPods: active.filter((p) => p.metadata.labels.version === 'v2').length,
      total: pods.length,
      diagnostics: result.diagnostics.map((d) => d.message),
      log: result.log.map((l) => l.message),
    });
  }
  return rows;
}

describe('resolveFenceposts', () => {
  it.each([
    ['defaults on 4 replicas', undefined, 4, 1, 1],
    ['defaults on 2 replicas', undefined, 2, 1, 0],
    ['defaults on 1 replica: both 0, so maxUnavailable 1', undefined, 1, 1, 0],
    ['30% of 4: surge rounds up, unavailable down', rolling('30%', '30%'), 4, 2, 1],
    ['10% of 5: surge 1, unavailable 0', rolling('10%', '10%'), 5, 1, 0],
    ['0% surge, 10% of 5 unavailable: both 0, so 1', rolling('0%', '10%'), 5, 0, 1],
    ['ints as written', rolling(1, 0), 2, 1, 0],
    ['ints larger than replicas', rolling(5, 3), 2, 5, 3],
    ['100% unavailable', rolling(0, '100%'), 3, 0, 3],
  ])('%s', (_name, strategy, replicas, maxSurge, maxUnavailable) => {
    expect(resolveFenceposts(strategy, replicas)).toEqual({ maxSurge, maxUnavailable });
  });
});

describe('rollout strategy over simulated time', () => {
  it('maxSurge 1 / maxUnavailable 0 on 2 replicas never has fewer than 2 Ready pods, nor more than 3 running', () => {
    const rows = rollout(2, { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(rows.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(Math.min(...rows.map((r) => r.ready))).toBe(2);
    expect(Math.max(...rows.map((r) => r.active))).toBe(3);
    expect(rows.at(-1)).toMatchObject({ ready: 2, newPods: 2, total: 2 });
  });

  it('maxSurge 1 / maxUnavailable 0 on 4 replicas keeps all 4 Ready, where the 25% defaults let one go', () => {
    const strict = rollout(4, { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(Math.min(...strict.map((r) => r.ready))).toBe(4);
    expect(strict.at(-1)).toMatchObject({ ready: 4, newPods: 4, total: 4 });
    const defaults = rollout(4, undefined);
    expect(Math.min(...defaults.map((r) => r.ready))).toBe(3);
    expect(Math.max(...defaults.map((r) => r.active))).toBe(5);
  });

  it('a patch of one bound keeps the other: maxUnavailable 0 with the default maxSurge keeps all 4 Ready', () => {
    const rows = rollout(4, { rollingUpdate: { maxUnavailable: 0 } });
    expect(rows.flatMap((r) => r.diagnostics)).toEqual([]);
    expect(Math.min(...rows.map((r) => r.ready))).toBe(4);
    expect(rows.at(-1)).toMatchObject({ newPods: 4, total: 4 });
  });

  it('the 25% defaults roll 4 replicas out in two start-up delays, as before', () => {
    const rows = rollout(4, undefined);
    expect(rows[0]).toMatchObject({ newPods: 2, active: 5 });
    expect(rows[STARTUP_SECONDS]).toMatchObject({ newPods: 4, active: 5 });
    expect(rows[2 * STARTUP_SECONDS]).toMatchObject({ newPods: 4, active: 4, ready: 4 });
    expect(rows.at(-1)!.log).toContain('deployment "web" successfully rolled out');
  });

  it('a percent maxSurge rounds up: 30% of 4 starts 2 new pods at once, and 30% maxUnavailable lets 1 old one go', () => {
    const rows = rollout(4, { rollingUpdate: { maxSurge: '30%', maxUnavailable: '30%' } });
    expect(rows[0]).toMatchObject({ newPods: 3, active: 6, ready: 3 });
    expect(Math.min(...rows.map((r) => r.ready))).toBe(3);
    expect(Math.max(...rows.map((r) => r.active))).toBe(6);
  });

  it('Recreate terminates every old pod first, then starts the new ones: a window with no Ready pod', () => {
    const rows = rollout(2, { type: 'Recreate', rollingUpdate: null });
    expect(rows.flatMap((r) => r.diagnostics)).toEqual([]);
    // Old pods terminate for their 30 s grace period; no new pod exists meanwhile.
    expect(rows.slice(0, 30).every((r) => r.newPods === 0 && r.active === 0)).toBe(true);
    const gap = rows.filter((r) => r.total === r.active && r.ready === 0);
    expect(gap.map((r) => r.t)).toEqual([31, 32, 33, 34, 35]);
    expect(rows.find((r) => r.t === 31)).toMatchObject({ newPods: 2, total: 2 });
    expect(rows.at(-1)).toMatchObject({ ready: 2, newPods: 2, total: 2 });
  });

  it('refuses a patch to Recreate that keeps rollingUpdate, and one with both bounds 0, in the API server words', () => {
    const recreate = rollout(2, { type: 'Recreate' }, 1)[0]!;
    expect(recreate.diagnostics.join('\n')).toContain(
      "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    );
    const zero = rollout(2, { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }, 1)[0]!;
    expect(zero.diagnostics.join('\n')).toContain(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
    // The refused patch leaves the default strategy: the rollout goes on as with 25%.
    expect(zero).toMatchObject({ newPods: 1, active: 3 });
  });
});

describe('template changes the engine does not model still roll out, as the whole template is hashed', () => {
  const image = (tag: string): ClusterEvent => ({
    type: 'deployment.patch',
    deployment: 'web',
    patch: { spec: { template: { spec: { containers: [{ name: 'web', image: `web:${tag}`, ports: [{ containerPort: 80 }] }] } } } },
  });
  const restart: ClusterEvent = {
    type: 'deployment.patch',
    deployment: 'web',
    patch: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:00:01Z' } } } } },
  };
  const hashes = (pods: Pod[]) =>
    new Set(
      web(pods)
        .filter((p) => !p.metadata.deletionTimestamp)
        .map((p) => p.metadata.labels['pod-template-hash']),
    );

  it.each([
    ['a new image (kubectl set image)', image('2')],
    ['a restartedAt annotation (kubectl rollout restart)', restart],
  ])('%s replaces every pod by the strategy', (_name, event) => {
    const base = fourNodes(2);
    const before = hashes(simulateCluster(base, [], 0).cluster.pods);
    const during = simulateCluster(base, [at(1, event)], 1 + STARTUP_SECONDS - 1);
    expect(web(during.cluster.pods).length).toBe(3); // maxSurge 1 of 2 (25% rounds up): one new pod starting
    const after = simulateCluster(base, [at(1, event)], 90);
    expect(after.diagnostics.map((d) => d.message)).toEqual([]);
    expect(web(after.cluster.pods)).toHaveLength(2);
    const now = hashes(after.cluster.pods);
    expect(now.size).toBe(1);
    expect([...now][0]).not.toBe([...before][0]);
    expect(after.log.map((l) => l.message)).toContain('deployment "web" successfully rolled out');
  });

  it('a patch of another field keeps the image, and the same image again starts nothing', () => {
    const base = fourNodes(2);
    const events = [at(1, image('2')), at(2, strategyPatch({ rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } })), at(100, image('2'))];
    const settled = simulateCluster(base, events.slice(0, 2), 90);
    const deployment = settled.cluster.deployments.find((d) => d.metadata.name === 'web')!;
    expect(deployment.writtenTemplate).toMatchObject({ spec: { containers: [{ name: 'web', image: 'web:2' }] } });
    const names = web(settled.cluster.pods).map((p) => p.metadata.name);
    const again = simulateCluster(base, events, 120);
    expect(web(again.cluster.pods).map((p) => p.metadata.name)).toEqual(names);
  });
});

describe('minReadySeconds, paused and progressDeadlineSeconds', () => {
  const spec = (patch: Record<string, unknown>): ClusterEvent => ({ type: 'deployment.patch', deployment: 'web', patch: { spec: patch } });
  const deploymentAt = (events: ReturnType<typeof at>[], t: number, replicas = 2) => {
    const result = simulateCluster(fourNodes(replicas), events, t);
    return { result, web: result.cluster.deployments.find((d) => d.metadata.name === 'web')! };
  };
  const progressing = (d: { status?: { conditions: { type: string; reason: string }[] } }) =>
    d.status!.conditions.find((c) => c.type === 'Progressing')!.reason;

  it('minReadySeconds holds the old pods until the new ones have been Ready that long', () => {
    const strict = { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } };
    const events = (minReadySeconds: number) => [at(0, spec({ minReadySeconds, strategy: strict })), at(1, v2)];
    // The first new pod is Ready at 6 s; without minReadySeconds an old pod goes then.
    const oldAt = (minReadySeconds: number, t: number) =>
      web(simulateCluster(fourNodes(2), events(minReadySeconds), t).cluster.pods).filter(
        (p) => p.metadata.labels.version !== 'v2' && !p.metadata.deletionTimestamp,
      ).length;
    expect(oldAt(0, 6)).toBe(1);
    expect(oldAt(20, 6)).toBe(2);
    expect(oldAt(20, 25)).toBe(2);
    expect(oldAt(20, 26)).toBe(1);
    const { web: during } = deploymentAt(events(20), 10);
    expect(during.status).toMatchObject({ replicas: 3, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 2 });
    const { web: done } = deploymentAt(events(20), 120);
    expect(done.status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 });
    expect(progressing(done)).toBe('NewReplicaSetAvailable');
  });

  it('a paused Deployment keeps its pods through a template change, and rolls out once resumed', () => {
    const events = [at(0, spec({ paused: true })), at(1, v2)];
    const paused = deploymentAt(events, 60);
    expect(web(paused.result.cluster.pods).every((p) => p.metadata.labels.version !== 'v2')).toBe(true);
    expect(progressing(paused.web)).toBe('DeploymentPaused');
    expect(paused.web.status!.conditions[1]!.status).toBe('Unknown');
    // Not timed out, however long it waits.
    expect(progressing(deploymentAt(events, 1000).web)).toBe('DeploymentPaused');
    const resumed = deploymentAt([...events, at(100, spec({ paused: null }))], 200);
    expect(
      web(resumed.result.cluster.pods)
        .filter((p) => !p.metadata.deletionTimestamp)
        .every((p) => p.metadata.labels.version === 'v2'),
    ).toBe(true);
    expect(progressing(resumed.web)).toBe('NewReplicaSetAvailable');
  });

  it('a rollout that cannot progress times out after progressDeadlineSeconds, said once in the log', () => {
    // The new pods ask for a node that does not exist: they stay Pending.
    const nowhere: ClusterEvent = {
      type: 'deployment.patch',
      deployment: 'web',
      patch: { spec: { progressDeadlineSeconds: 120, template: { spec: { nodeSelector: { 'kubernetes.io/hostname': 'nowhere' } } } } },
    };
    const before = deploymentAt([at(1, nowhere)], 120);
    expect(progressing(before.web)).toBe('ReplicaSetUpdated');
    expect(before.result.nextChangeAt).toBe(121);
    const after = deploymentAt([at(1, nowhere)], 121);
    expect(after.web.status!.conditions[1]).toMatchObject({ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect(after.web.status!.conditions[1]!.message).toMatch(/^ReplicaSet "web-[a-z0-9]+" has timed out progressing\.$/);
    expect(after.result.log.filter((l) => l.message.includes('ProgressDeadlineExceeded')).map((l) => l.at)).toEqual([121]);
    // The old pods keep serving: maxUnavailable 25% of 2 rounds down to 0.
    expect(after.web.status).toMatchObject({ availableReplicas: 2, updatedReplicas: 1 });
    expect(after.web.status!.conditions[0]!.reason).toBe('MinimumReplicasAvailable');
    expect(deploymentAt([at(1, nowhere)], 2000).result.log.filter((l) => l.message.includes('ProgressDeadlineExceeded'))).toHaveLength(1);
  });
});
