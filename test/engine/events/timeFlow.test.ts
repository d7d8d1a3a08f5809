import { describe, expect, it } from 'vitest';
import { NOT_READY_EVICTION_SECONDS, STARTUP_SECONDS, simulateCluster } from '../../../src/engine/events';
import type { Pod } from '../../../src/engine/model';
import { at, fourNodes } from './clusters';

const web = (pods: Pod[]) => pods.filter((p) => p.metadata.labels.app === 'web');
const names = (pods: Pod[]) => pods.map((p) => p.metadata.name).sort();

describe('simulated time', () => {
  const base = fourNodes(4);
  const start = simulateCluster(base, [], 0).cluster;
  const victim = web(start.pods).find((p) => p.spec.nodeName === 'c')!;
  const deleteVictim = [at(10, { type: 'pod.delete', pod: `default/${victim.metadata.name}` })];

  it('a deleted pod is Terminating for its grace period (30 s), then gone; its replacement is Ready after the start-up delay', () => {
    const during = simulateCluster(base, deleteVictim, 10 + STARTUP_SECONDS - 1);
    const replacement = web(during.cluster.pods).find((p) => !start.pods.some((s) => s.metadata.name === p.metadata.name))!;
    expect(replacement.status.ready).toBe(false);
    expect(during.nextChangeAt).toBe(10 + STARTUP_SECONDS);
    expect(during.pods[`default/${victim.metadata.name}`]!.reason).toBe('Terminating');

    const started = simulateCluster(base, deleteVictim, 10 + STARTUP_SECONDS);
    expect(started.cluster.pods.find((p) => p.metadata.name === replacement.metadata.name)!.status.ready).toBe(true);
    expect(started.cluster.pods.some((p) => p.metadata.name === victim.metadata.name)).toBe(true);
    expect(started.nextChangeAt).toBe(40);

    const after = simulateCluster(base, deleteVictim, 40);
    expect(after.cluster.pods.some((p) => p.metadata.name === victim.metadata.name)).toBe(false);
    expect(after.nextChangeAt).toBeUndefined();
    expect(after.log.map((l) => `${l.at} ${l.message}`)).toContain(`40 Killing: pod default/${victim.metadata.name} stopped and removed`);
  });

  it('the same replay gives the same cluster (names, nodes, IPs)', () => {
    const a = simulateCluster(base, deleteVictim, 60).cluster.pods.map((p) => [p.metadata.name, p.spec.nodeName, p.status.podIPs]);
    const b = simulateCluster(base, deleteVictim, 60).cluster.pods.map((p) => [p.metadata.name, p.spec.nodeName, p.status.podIPs]);
    expect(a).toEqual(b);
  });

  it('a rolling update progresses as new pods get Ready, and ends with only new pods once the old ones terminated', () => {
    const patch = [
      at(0, {
        type: 'deployment.patch',
        deployment: 'web',
        patch: { spec: { template: { metadata: { labels: { app: 'web', version: 'v2' } } } } },
      }),
    ];
    const count = (now: number) => {
      const pods = web(simulateCluster(base, patch, now).cluster.pods);
      return {
        newPods: pods.filter((p) => p.metadata.labels.version === 'v2').length,
        oldActive: pods.filter((p) => !p.metadata.labels.version && !p.metadata.deletionTimestamp).length,
        oldTerminating: pods.filter((p) => !p.metadata.labels.version && p.metadata.deletionTimestamp).length,
      };
    };
    expect(count(0)).toEqual({ newPods: 2, oldActive: 3, oldTerminating: 1 });
    expect(count(STARTUP_SECONDS)).toEqual({ newPods: 4, oldActive: 1, oldTerminating: 3 });
    expect(count(2 * STARTUP_SECONDS)).toEqual({ newPods: 4, oldActive: 0, oldTerminating: 4 });
    expect(count(2 * STARTUP_SECONDS + 30)).toEqual({ newPods: 4, oldActive: 0, oldTerminating: 0 });
    const log = simulateCluster(base, patch, 60).log.map((l) => l.message);
    expect(log).toContain('deployment "web" successfully rolled out');
  });

  it('a crash-looping pod restarts after 10 s, 20 s, 40 s … of back-off, and is ready again when it stops crashing', () => {
    const crash = [at(0, { type: 'pod.crashLoop', pod: `default/${victim.metadata.name}` })];
    const restarts = (now: number) => simulateCluster(base, crash, now).pods[`default/${victim.metadata.name}`]!;
    expect(restarts(0)).toMatchObject({ restarts: 1, reason: 'CrashLoopBackOff' });
    expect(restarts(9).restarts).toBe(1);
    expect(restarts(10).restarts).toBe(2);
    expect(restarts(30).restarts).toBe(3);
    expect(restarts(70).restarts).toBe(4);
    const healed = simulateCluster(base, [...crash, at(35, { type: 'pod.ready', pod: `default/${victim.metadata.name}` })], 100);
    expect(healed.pods[`default/${victim.metadata.name}`]).toEqual({ createdAt: 0, restarts: 3 });
    expect(healed.cluster.pods.find((p) => p.metadata.name === victim.metadata.name)!.status.ready).toBe(true);
  });

  it('pods of a NotReady node are evicted after 300 s and replaced elsewhere; they stay Terminating until the node is back', () => {
    const down = [at(0, { type: 'node.notReady', node: 'c' })];
    const onC = names(web(start.pods).filter((p) => p.spec.nodeName === 'c'));
    const early = simulateCluster(base, down, NOT_READY_EVICTION_SECONDS - 1);
    expect(early.nextChangeAt).toBe(NOT_READY_EVICTION_SECONDS);
    expect(web(early.cluster.pods).filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0);

    const evicted = simulateCluster(base, down, NOT_READY_EVICTION_SECONDS + 60);
    expect(names(web(evicted.cluster.pods).filter((p) => p.metadata.deletionTimestamp))).toEqual(onC);
    expect(web(evicted.cluster.pods).filter((p) => !p.metadata.deletionTimestamp && p.spec.nodeName !== 'c')).toHaveLength(4);

    const back = simulateCluster(
      base,
      [...down, at(NOT_READY_EVICTION_SECONDS + 60, { type: 'node.ready', node: 'c' })],
      NOT_READY_EVICTION_SECONDS + 60,
    );
    expect(web(back.cluster.pods).filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0);
  });

  it('evicts nothing when every node is NotReady (the controller assumes it is cut off)', () => {
    const all = ['a', 'b', 'c', 'd'].map((node) => at(0, { type: 'node.notReady', node }));
    const result = simulateCluster(base, all, 1000);
    expect(result.cluster.pods.filter((p) => p.metadata.deletionTimestamp)).toHaveLength(0);
    expect(result.nextChangeAt).toBeUndefined();
  });

  it('ignores events after `now`', () => {
    const result = simulateCluster(base, [at(50, { type: 'node.cordon', node: 'a' })], 10);
    expect(result.cluster.nodes.every((n) => !n.unschedulable)).toBe(true);
  });
});
