import { describe, expect, it } from 'vitest';
import { simulateCluster, type ClusterEvent } from '../../../src/engine/events';
import type { KubeVersion } from '../../../src/engine/version';
import { at } from './clusters';
import { decodeWeb, webFiles } from './statefulSetFiles';

const restart: ClusterEvent = { type: 'workload.restart', kind: 'StatefulSet', name: 'default/web' };

/** The rolling update's deletions: [second, pod name] in log order. */
function deletions(version: KubeVersion, files: ReturnType<typeof webFiles>, gates?: Record<string, boolean>, until = 600) {
  const { cluster } = decodeWeb(files, version, gates);
  return simulateCluster(cluster, [at(1, restart)], until)
    .log.filter((l) => l.message.includes('rolling update to revision'))
    .map((l) => [l.at, /pod default\/(web-\d+)/.exec(l.message)?.[1]] as const);
}

const maxUnavailable2 = '      maxUnavailable: 2\n      partition: 0\n';

describe('StatefulSet maxUnavailable and the MaxUnavailableStatefulSet gate', () => {
  it('1.34 (alpha, off): the API server drops the field, says so at the field, and pods are replaced one at a time', () => {
    const files = webFiles({ rollingUpdate: maxUnavailable2 });
    const { cluster, diagnostics } = decodeWeb(files, '1.34');
    const note = diagnostics.find((d) => d.message.includes('maxUnavailable'));
    expect(note?.severity).toBe('info');
    expect(note?.message).toMatch(/dropped on write: the MaxUnavailableStatefulSet feature gate is disabled \(it is alpha/);
    expect(note?.message).toMatch(/replaces one pod at a time/);
    expect(note?.line).toBe(files[0]!.text.split('\n').findIndex((l) => l.includes('maxUnavailable: 2')) + 1);
    expect(cluster.workloads?.statefulSets[0]?.updateStrategy).toEqual({ type: 'RollingUpdate', partition: 0 });
    const seen = deletions('1.34', files);
    expect(seen.map(([, pod]) => pod)).toEqual(['web-3', 'web-2', 'web-1', 'web-0']);
    expect(new Set(seen.map(([t]) => t)).size).toBe(4);
  });

  it('1.35 keeps the gate beta but off by default (since 1.35.4), so the field is dropped there too', () => {
    const { cluster, diagnostics } = decodeWeb(webFiles({ rollingUpdate: maxUnavailable2 }), '1.35');
    expect(diagnostics.find((d) => d.message.includes('maxUnavailable'))?.message).toMatch(/beta but off by default in Kubernetes 1.35/);
    expect(cluster.controlPlaneGates.MaxUnavailableStatefulSet).toBe(false);
    expect(cluster.workloads?.statefulSets[0]?.updateStrategy).toEqual({ type: 'RollingUpdate', partition: 0 });
  });

  it('1.35 with the gate on: OrderedReady deletes two pods at once, recreates them in order, then the next two', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    const { cluster, diagnostics } = decodeWeb(webFiles({ rollingUpdate: maxUnavailable2 }), '1.35', gates);
    expect(diagnostics.filter((d) => d.message.includes('maxUnavailable'))).toEqual([]);
    expect(cluster.workloads?.statefulSets[0]?.updateStrategy).toEqual({ type: 'RollingUpdate', partition: 0, maxUnavailable: 2 });
    const seen = deletions('1.35', webFiles({ rollingUpdate: maxUnavailable2 }), gates);
    expect(seen.map(([, pod]) => pod)).toEqual(['web-3', 'web-2', 'web-1', 'web-0']);
    expect(seen[0]![0]).toBe(1);
    expect(seen[1]![0]).toBe(1);
    expect(seen[2]![0]).toBe(seen[3]![0]);
    // web-2 and web-3 terminate for 30 s, then come back one by one (5 s start-up each) before the next batch.
    expect(seen[2]![0]).toBe(41);
  });

  it('1.34 with the alpha gate turned on behaves as 1.35 with it on', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    expect(deletions('1.34', webFiles({ rollingUpdate: maxUnavailable2 }), gates)).toEqual(
      deletions('1.35', webFiles({ rollingUpdate: maxUnavailable2 }), gates),
    );
  });

  it('with the gate on and no maxUnavailable written, it defaults to 1', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    const { cluster } = decodeWeb(webFiles(), '1.36', gates);
    expect(cluster.workloads?.statefulSets[0]?.updateStrategy).toEqual({ type: 'RollingUpdate', partition: 0, maxUnavailable: 1 });
    expect(new Set(deletions('1.36', webFiles(), gates).map(([t]) => t)).size).toBe(4);
  });

  it('type: RollingUpdate without a rollingUpdate stores none: no partition, no maxUnavailable default (the controller uses 1)', () => {
    const [web] = webFiles();
    const text = web!.text.replace('    rollingUpdate:\n      partition: 0\n    type: RollingUpdate\n', '    type: RollingUpdate\n');
    const files = [{ name: 'web.yaml', text }];
    const { cluster } = decodeWeb(files, '1.35', { MaxUnavailableStatefulSet: true });
    expect(cluster.workloads?.statefulSets[0]?.updateStrategy).toEqual({ type: 'RollingUpdate', partition: 0, noRollingUpdate: true });
    expect(new Set(deletions('1.35', files, { MaxUnavailableStatefulSet: true }).map(([t]) => t)).size).toBe(4);
  });

  it.each<[string, number, number]>([
    // A percentage is scaled against spec.replicas and rounded down, never below 1.
    ['50%', 4, 2],
    ['75%', 4, 3],
    ['10%', 4, 1],
    ['100%', 4, 4],
  ])('maxUnavailable %s of %i replicas replaces %i pods at once', (percent, replicas, batch) => {
    const gates = { MaxUnavailableStatefulSet: true };
    const files = webFiles({ replicas, rollingUpdate: `      maxUnavailable: ${percent}\n      partition: 0\n`, policy: 'Parallel' });
    const seen = deletions('1.35', files, gates);
    expect(seen).toHaveLength(replicas);
    expect(seen.filter(([t]) => t === 1)).toHaveLength(batch);
  });

  it('partition with maxUnavailable: only ordinals at or above the partition, within the budget', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    const files = webFiles({ replicas: 5, rollingUpdate: '      maxUnavailable: 2\n      partition: 2\n', policy: 'Parallel' });
    const seen = deletions('1.35', files, gates);
    expect(seen.map(([, pod]) => pod)).toEqual(['web-4', 'web-3', 'web-2']);
    expect(seen.filter(([t]) => t === 1).map(([, pod]) => pod)).toEqual(['web-4', 'web-3']);
  });

  it('Parallel counts every unavailable pod against maxUnavailable, old ones below the partition too', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    const files = webFiles({ replicas: 4, rollingUpdate: '      maxUnavailable: 2\n      partition: 1\n', policy: 'Parallel' });
    const { cluster } = decodeWeb(files, '1.35', gates);
    const notReady: ClusterEvent = { type: 'pod.notReady', pod: 'default/web-0' };
    const log = simulateCluster(cluster, [at(1, notReady), at(2, restart)], 2).log.map((l) => l.message);
    const deleted = log.filter((m) => m.includes('rolling update to revision'));
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatch(/maxUnavailable 2, 1 unavailable, partition 1\): pod default\/web-3 Terminating/);
  });

  it('minReadySeconds holds the next batch until the recreated pods are available', () => {
    const gates = { MaxUnavailableStatefulSet: true };
    const files = webFiles({ rollingUpdate: maxUnavailable2, policy: 'Parallel', minReadySeconds: 20 });
    const seen = deletions('1.35', files, gates);
    // Back at 31, Ready at 36, available at 56.
    expect(seen.map(([t]) => t)).toEqual([1, 1, 56, 56]);
  });

  it.each<[string, string]>([
    ['0', 'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0'],
    ['"0%"', 'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "0%": cannot be 0'],
    ['-1', 'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0'],
    ['"150%"', 'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%'],
    ['two', 'a valid percent string must be a numeric string followed by an ending'],
  ])('with the gate on the API server refuses maxUnavailable %s', (value, message) => {
    const files = webFiles({ rollingUpdate: `      maxUnavailable: ${value}\n` });
    const { cluster, diagnostics } = decodeWeb(files, '1.35', { MaxUnavailableStatefulSet: true });
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors.join('\n')).toContain(message);
    expect(errors[0]).toMatch(/^The StatefulSet "web" is invalid: /);
    expect(cluster.workloads?.statefulSets ?? []).toEqual([]);
  });

  it('with the gate off an invalid maxUnavailable is dropped before validation, as the API server does', () => {
    const { cluster, diagnostics } = decodeWeb(webFiles({ rollingUpdate: '      maxUnavailable: 0\n' }), '1.34');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(cluster.workloads?.statefulSets).toHaveLength(1);
  });
});
